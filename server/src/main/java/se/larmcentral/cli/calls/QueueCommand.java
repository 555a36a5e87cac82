package se.larmcentral.cli.calls;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.larmcentral.centre.calls.CallViews;
import se.larmcentral.cli.CentreReads;
import se.larmcentral.core.InvalidInputException;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code larm calls queue}: the callers waiting, longest first, as GET /api/calls/queue gives them. */
@Command(name = "queue", mixinStandardHelpOptions = true,
        description = {"Callers waiting in the stored centre's queue, longest waiting first, with their waiting times,"
                + " as JSON (asked of the running centre when one runs)."})
public final class QueueCommand implements Callable<Integer> {

    static final int MAX_LIMIT = 500;

    /** What is printed: the API's page. */
    public record Page(Instant at, int waiting, List<CallViews.QueuedCall> calls, int offset, Integer next) {
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "how many to skip (default 0)")
    int offset;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "most in the page (1-" + MAX_LIMIT + ", default 100)")
    int limit;

    @Option(names = "--config", paramLabel = "FILE", description = "the centre's settings (default: the demo's)")
    Path config;

    @Override
    public Integer call() {
        if (offset < 0) {
            throw new InvalidInputException("--offset", "must be 0 or more, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("--limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        Instant now = Instant.now();
        CentreReads.print(spec, config, "/api/calls/queue", CentreReads.query("offset", Integer.toString(offset),
                "limit", Integer.toString(limit)), centre -> {
            CallViews.Queue queue = centre.loop().read(s -> CallViews.Queue.of(s.calls().queuedCalls(),
                    s.majorIncidents()::marksOf, now));
            List<CallViews.QueuedCall> calls = queue.calls();
            return new Page(queue.at(), queue.waiting(), offset >= calls.size() ? List.of()
                    : calls.subList(offset, Math.min(calls.size(), offset + limit)), offset,
                    (long) offset + limit < queue.waiting() ? offset + limit : null);
        });
        return 0;
    }
}
