package se.larmcentral.server.calls.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code larm calls ...}: answer-time figures and AML parsing from the command line. */
@Command(name = "calls", mixinStandardHelpOptions = true,
        description = "Calls: the stored centre's answer-time figures, and AML messages parsed.",
        subcommands = {FiguresCommand.class, AmlCommand.class, CommandLine.HelpCommand.class})
public final class CallsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
