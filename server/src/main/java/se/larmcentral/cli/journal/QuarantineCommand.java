package se.larmcentral.cli.journal;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.JournalInspection;
import se.larmcentral.cli.OfflineCentre;
import se.larmcentral.config.Settings;
import se.larmcentral.core.Actor;
import se.larmcentral.journal.JournalCorruptException;
import se.larmcentral.journal.Quarantine;
import se.larmcentral.journal.WriterHolder;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/**
 * {@code larm journal quarantine SEQ --reason "..."}: sets a row aside (kept, no longer replayed), recorded with the
 * operating-system user, the host, the instant and the reason; then, once the centre can start, writes the same
 * into the shift log so the journal itself says it.
 */
@Command(name = "quarantine", mixinStandardHelpOptions = true,
        description = {"Set a row of the stored journal aside: it is kept (see `larm journal show`), but the centre no"
                + " longer replays or serves it. Who (the operating-system user), where, when and why are kept with"
                + " it and written into the shift log. Only with the centre stopped; use it for a row this version"
                + " cannot read, after `larm journal verify`.",
                "Example: larm journal quarantine 1234 --reason \"queuedAt in year -999999999 from version 0.0.9\""})
final class QuarantineCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SEQ", description = "the row's sequence number")
    long sequence;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why it is set aside (kept with it)")
    String reason;

    @Option(names = "--config", paramLabel = "FILE", description = "settings file (YAML) naming the stored centre; default the demo's ./data")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Actor actor = OfflineCentre.user();
        Quarantine quarantine;
        String type;
        Settings settings;
        try (StoredJournal stored = StoredJournal.open(config)) {
            settings = stored.settings;
            type = stored.inspection.show(sequence).row().type();
            quarantine = stored.inspection.quarantine(sequence, reason, actor,
                    WriterHolder.thisProcess(Clock.systemUTC()).host(), Clock.systemUTC());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("row " + sequence + " (" + type + ") quarantined by " + quarantine.by() + " on " + quarantine.host()
                + " at " + quarantine.at());
        try (Centre centre = OfflineCentre.open(settings)) {
            JournalInspection.recordInShiftLog(centre, actor, quarantine, type);
            out.println("written into the shift log; the centre can start");
        } catch (JournalCorruptException e) {
            out.println("the centre still cannot start: " + e.getMessage());
            out.flush();
            return 1;
        }
        out.flush();
        return 0;
    }
}
