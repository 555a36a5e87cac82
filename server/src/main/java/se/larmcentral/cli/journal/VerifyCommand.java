package se.larmcentral.cli.journal;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.larmcentral.centre.JournalInspection;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code larm journal verify}: every row read, checked and applied as the start-up replay would; each failing row listed. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Read every row of the stored journal as the start-up replay does (checksum, decoding, the"
                + " centre's state applying it) and list each row that fails, by sequence number, and the rows"
                + " quarantined. Exit 0 when the centre can start, 1 when a row stops it."})
final class VerifyCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "settings file (YAML) naming the stored centre; default the demo's ./data")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        JournalInspection.Report report;
        try (StoredJournal stored = StoredJournal.open(config)) {
            report = stored.inspection.verify();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("rows: " + report.rows() + ", quarantined: " + report.quarantined().size() + ", problems: "
                + report.problems().size());
        for (var quarantine : report.quarantined()) {
            out.println("quarantined " + quarantine.sequence() + ": by " + quarantine.by() + " on " + quarantine.host()
                    + " at " + quarantine.at() + ": " + quarantine.reason());
        }
        for (var problem : report.problems()) {
            out.println("problem " + problem.sequence() + " (" + problem.type() + "): " + problem.reason());
        }
        if (!report.healthy()) {
            out.println("The centre will not start. Look at a row with `./larm journal show SEQ`; set one this version"
                    + " cannot read aside with `./larm journal quarantine SEQ --reason \"...\"`.");
        }
        out.flush();
        return report.healthy() ? 0 : 1;
    }
}
