package se.larmcentral.cli.triage;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code larm triage}: tools for the medical index and priority assessment. */
@Command(name = "triage", mixinStandardHelpOptions = true,
        description = "Medical priority assessment: check an index file, assess answers or run the interview, without a centre.",
        subcommands = {TriageCheckCommand.class, TriageAssessCommand.class, TriageInterviewCommand.class,
                CommandLine.HelpCommand.class})
public final class TriageCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
