package se.larmcentral.core;

import java.time.Duration;
import java.time.Instant;

/**
 * Durations between stored instants, computed so that no stored value can make a read fail: an event recorded by an
 * older version with an absurd instant (year -999999999) would overflow {@link Duration#toMillis()}. Results are
 * held to ±{@link #LIMIT}, which no real wait reaches.
 */
public final class Elapsed {

    /** Far beyond any real wait; small enough that milliseconds and nanoseconds fit in a long. */
    public static final Duration LIMIT = Duration.ofDays(100 * 365);

    private Elapsed() {
    }

    /** {@code to - from}, held to ±{@link #LIMIT}. */
    public static Duration between(Instant from, Instant to) {
        return bounded(Duration.between(from, to));
    }

    /** The duration held to ±{@link #LIMIT}. */
    public static Duration bounded(Duration duration) {
        if (duration.compareTo(LIMIT) > 0) {
            return LIMIT;
        }
        if (duration.compareTo(LIMIT.negated()) < 0) {
            return LIMIT.negated();
        }
        return duration;
    }

    /** Seconds with milliseconds, as views show waits; never overflows. */
    public static double seconds(Duration duration) {
        return bounded(duration).toMillis() / 1000.0;
    }
}
