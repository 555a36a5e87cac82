package se.larmcentral.cli.calls;

import se.larmcentral.cli.JsonOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.larmcentral.calls.CrisisMessage;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.centre.Centre;
import se.larmcentral.cli.CentreReads;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code larm calls crisis-messages [--at INSTANT] [--area CODE] [--config FILE]}: the 113 13 crisis messages of the
 * stored centre that operators may read from at an instant (default now), for an area when given, as JSON.
 */
@Command(name = "crisis-messages", mixinStandardHelpOptions = true,
        description = {"The stored centre's 113 13 crisis messages valid at an instant (default now), for an area, as JSON."})
public final class CrisisMessagesCommand implements Callable<Integer> {

    /** What is printed. */
    public record Output(Instant at, String area, List<CrisisMessage> messages) {
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "the centre's settings (default: the demo's)")
    Path config;

    @Option(names = "--at", paramLabel = "INSTANT", description = "instant with offset, e.g. 2025-12-24T18:00+01:00")
    String at;

    @Option(names = "--area", paramLabel = "CODE", description = "SCB county (2 digits) or municipality (4 digits) code")
    String area;

    @Override
    public Integer call() throws Exception {
        Instant when = at == null ? Instant.now() : SwedishTime.parseInstant("--at", at);
        if (area != null && !area.matches("\\d{2}|\\d{4}")) {
            throw new InvalidInputException("--area", "must be an SCB county (2 digits) or municipality (4 digits)"
                    + " code, was '" + area + "'");
        }
        CentreReads.print(spec, config, "/api/crisis-messages", CentreReads.query("at", when.toString(), "area", area),
                centre -> new Output(when, area, centre.loop().read(s -> area == null
                        ? s.calls().crisisMessagesValidAt(when) : s.calls().crisisMessagesValidAt(when, area))));
        return 0;
    }
}
