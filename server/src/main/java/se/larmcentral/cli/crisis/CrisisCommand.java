package se.larmcentral.cli.crisis;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code larm crisis ...}: crisis preparedness from the command line (issue 17). */
@Command(name = "crisis", mixinStandardHelpOptions = true,
        description = "Crisis preparedness on the stored centre: major incidents (särskilda händelser), public warnings"
                + " and 113 13 information (CAP 1.2), the regional ambulance-care contract.",
        subcommands = {MajorIncidentsCommand.class, WarningsCommand.class, ContractCommand.class, ContractHandOverCommand.class,
                CommandLine.HelpCommand.class})
public final class CrisisCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
