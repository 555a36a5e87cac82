package se.larmcentral.cli.calls;

import se.larmcentral.cli.JsonOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.larmcentral.calls.Call;
import se.larmcentral.calls.CrisisTopicCounts;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.centre.Centre;
import se.larmcentral.cli.CentreReads;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code larm calls crisis-topics --from INSTANT --to INSTANT [--config FILE]}: what 113 13 callers of the stored
 * centre asked about in {@code [from, to)}, counted, most asked first, as JSON.
 */
@Command(name = "crisis-topics", mixinStandardHelpOptions = true,
        description = {"What the stored centre's 113 13 callers asked about in [from, to), counted, as JSON."})
public final class CrisisTopicsCommand implements Callable<Integer> {

    /** What is printed. */
    public record Output(Instant from, Instant to, int calls, List<CrisisTopicCounts.TopicCount> topics) {
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "the centre's settings (default: the demo's)")
    Path config;

    @Option(names = "--from", required = true, paramLabel = "INSTANT", description = "first instant, with offset")
    String from;

    @Option(names = "--to", required = true, paramLabel = "INSTANT", description = "end instant (excluded), with offset")
    String to;

    @Override
    public Integer call() throws Exception {
        Instant start = SwedishTime.parseInstant("--from", from);
        Instant end = SwedishTime.parseInstant("--to", to);
        if (!end.isAfter(start)) {
            throw new InvalidInputException("--to", "must be after --from (" + start + "), was " + end);
        }
        CentreReads.print(spec, config, "/api/crisis-topics", CentreReads.query("from", start.toString(), "to",
                end.toString()), centre -> {
            List<Call> calls = centre.loop().read(s -> s.calls().crisisInformationCallsClassifiedIn(start, end));
            List<CrisisTopicCounts.TopicCount> topics = CrisisTopicCounts.count(calls, start, end);
            return new Output(start, end, topics.stream().mapToInt(CrisisTopicCounts.TopicCount::calls).sum(), topics);
        });
        return 0;
    }
}
