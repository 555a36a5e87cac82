package se.larmcentral.cli.journal;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code larm journal ...}: check the stored journal, show a row, set an unreadable row aside. */
@Command(name = "journal", mixinStandardHelpOptions = true,
        description = {"The stored centre's journal, with the centre stopped: verify every row as the start-up replay"
                + " would, show one row, quarantine a row this version cannot read (kept, no longer replayed, with"
                + " who, when and why). Never edit the journal's database by hand.",
                "Example: larm journal verify; larm journal show 1234; larm journal quarantine 1234 --reason \"...\""},
        subcommands = {VerifyCommand.class, ShowCommand.class, QuarantineCommand.class, CommandLine.HelpCommand.class})
public final class JournalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
