package se.larmcentral.bench.journal;

import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.Projection;
import se.larmcentral.core.Recorded;

/** Counts what it is fed, so replay does real decoding work but keeps little in memory. */
public final class BenchState implements Projection {

    long events;

    @Override
    public void apply(Recorded recorded) {
        events++;
    }

    public static Command<BenchState, Long> report(int submitter, long i) {
        BenchEvent event = event(submitter, i);
        return (state, now) -> Decision.of(state.events + 1, event);
    }

    public static BenchEvent.StatusReported event(int submitter, long i) {
        return new BenchEvent.StatusReported("AMB-" + submitter + "-" + (i % 90), "EN_ROUTE", "INC-" + i,
                59.3 + (i % 1000) / 10_000.0, 18.0 + (i % 700) / 10_000.0, "reported by the unit's device");
    }
}
