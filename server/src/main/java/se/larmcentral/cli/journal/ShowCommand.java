package se.larmcentral.cli.journal;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.larmcentral.cli.JsonOutput;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code larm journal show SEQ}: one row as stored, with its checksum state and quarantine, as JSON. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print one row of the stored journal as JSON: sequence, type, version, instant, actor, payload,"
                + " whether its checksum holds (VALID, MISMATCH, MISSING) and its quarantine if set aside.")
final class ShowCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SEQ", description = "the row's sequence number")
    long sequence;

    @Option(names = "--config", paramLabel = "FILE", description = "settings file (YAML) naming the stored centre; default the demo's ./data")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (StoredJournal stored = StoredJournal.open(config)) {
            JsonOutput.print(spec, stored.inspection.show(sequence));
        }
        return 0;
    }
}
