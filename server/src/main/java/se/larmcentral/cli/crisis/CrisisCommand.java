package se.larmcentral.cli.crisis;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code larm crisis ...}: crisis preparedness from the command line (issue 17). */
@Command(name = "crisis", mixinStandardHelpOptions = true,
        description = "Crisis preparedness: the stored centre's public warnings and 113 13 information (CAP 1.2), and"
                + " the regional ambulance-care contract.",
        subcommands = {WarningsCommand.class, ContractCommand.class, CommandLine.HelpCommand.class})
public final class CrisisCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
