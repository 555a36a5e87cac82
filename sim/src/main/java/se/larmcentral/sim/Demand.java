package se.larmcentral.sim;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Where calls come from: a random generator ({@link PoissonDemand}) or a replayed trace ({@link TraceDemand}). */
public sealed interface Demand permits PoissonDemand, TraceDemand {

    /** A fresh source of calls for one run, in arrival order, from {@code start} on. */
    CallSource start(Instant start, ZoneId zone, RandomStreams streams, ServiceModel model);

    /** The calls of one run, one at a time (a year is not held in memory). */
    interface CallSource {
        Optional<SimCall> next();
    }
}
