package se.larmcentral.cli.dispatch;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.larmcentral.centre.dispatch.DispatchViews;
import se.larmcentral.cli.CentreReads;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.Incident;
import se.larmcentral.web.dispatch.IncidentListing;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code larm dispatch incidents}: a page of incidents as GET /api/dispatch/incidents gives it, as JSON. */
@Command(name = "incidents", mixinStandardHelpOptions = true,
        description = {"The stored centre's incidents by priority, then by when the call was queued, a page at a time,"
                + " as JSON (asked of the running centre when one runs)."})
public final class IncidentsCommand implements Callable<Integer> {

    static final int MAX_LIMIT = 1000;

    /** What is printed: the API's page. */
    public record Page(List<DispatchViews.IncidentView> incidents, int total, int offset, Integer next) {
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--open", description = "only queued and assigned incidents")
    boolean open;

    @Option(names = "--priority", paramLabel = "N", description = "only this priority (1-4)")
    Integer priority;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "how many to skip (default 0)")
    int offset;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "200", description = "most in the page (1-" + MAX_LIMIT + ", default 200)")
    int limit;

    @Option(names = "--config", paramLabel = "FILE", description = "the centre's settings (default: the demo's)")
    Path config;

    @Override
    public Integer call() {
        if (priority != null && (priority < 1 || priority > 4)) {
            throw new InvalidInputException("--priority", "must be 1, 2, 3 or 4, was " + priority);
        }
        if (offset < 0) {
            throw new InvalidInputException("--offset", "must be 0 or more, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("--limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        CentreReads.print(spec, config, "/api/dispatch/incidents", CentreReads.query("open", open ? "true" : null,
                "priority", priority == null ? null : priority.toString(), "offset", Integer.toString(offset),
                "limit", Integer.toString(limit)), centre -> centre.loop().read(s -> page(
                IncidentListing.of(s.dispatch(), priority, open))));
        return 0;
    }

    private Page page(List<Incident> all) {
        List<Incident> slice = offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + limit));
        return new Page(slice.stream().map(DispatchViews.IncidentView::of).toList(), all.size(), offset,
                (long) offset + limit < all.size() ? offset + limit : null);
    }
}
