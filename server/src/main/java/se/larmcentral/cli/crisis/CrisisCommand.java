package se.larmcentral.cli.crisis;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code larm crisis ...}: crisis preparedness on the stored centre (major incidents). */
@Command(name = "crisis", mixinStandardHelpOptions = true,
        description = "Crisis preparedness on the stored centre: major incidents (särskilda händelser).",
        subcommands = {MajorIncidentsCommand.class, CommandLine.HelpCommand.class})
public final class CrisisCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
