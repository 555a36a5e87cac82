package se.larmcentral.server.calls.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.larmcentral.journal.EventCodec;
import se.larmcentral.server.calls.CallsFigures;
import se.larmcentral.server.centre.Centre;
import se.larmcentral.server.cli.OfflineCentre;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * {@code larm calls figures [--all-lines] [--config FILE]}: the live answer-time figures (the last hour) of the
 * stored centre as JSON, against the 112 targets. Works on the journal of {@code --config}'s {@code dataDir}
 * (default: the demo's {@code ./data}); with a centre running on the embedded journal it says so and stops.
 */
@Command(name = "figures", mixinStandardHelpOptions = true,
        description = {"The stored centre's live answer-time figures (last hour) against the 112 targets, as JSON."})
public final class FiguresCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "the centre's settings (default: the demo's)")
    Path config;

    @Option(names = "--all-lines", description = "count every line, not only 112 (the targets are for 112)")
    boolean allLines;

    @Override
    public Integer call() throws Exception {
        Instant now = Instant.now();
        CallsFigures.LiveFigures figures;
        try (Centre centre = OfflineCentre.open(OfflineCentre.settings(config))) {
            figures = CallsFigures.live(centre.loop().read(s -> s.calls().callsQueuedIn(now.minus(java.time.Duration.ofHours(1)), now)), allLines, now);
        }
        ObjectMapper json = EventCodec.newObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        spec.commandLine().getOut().println(json.writeValueAsString(figures));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
