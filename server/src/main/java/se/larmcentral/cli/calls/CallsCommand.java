package se.larmcentral.cli.calls;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code larm calls ...}: answer-time figures, 113 13 messages and topics, AML and PIDF-LO parsing. */
@Command(name = "calls", mixinStandardHelpOptions = true,
        description = "Calls: the stored centre's calls, queue, answer-time figures, 113 13 messages and topics; AML and PIDF-LO parsed.",
        subcommands = {FiguresCommand.class, ShowCallCommand.class, QueueCommand.class, AmlCommand.class, PidfLoCommand.class, CrisisMessagesCommand.class,
                CrisisTopicsCommand.class, CommandLine.HelpCommand.class})
public final class CallsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
