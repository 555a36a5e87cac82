package se.larmcentral.journal.login;

import java.time.Instant;
import java.util.Objects;

/**
 * One counter of the login throttle: failures in a row for a username (at = the last one), or attempts from an
 * address in the current minute (at = the minute's start).
 */
public record ThrottleCount(int attempts, Instant at) {

    public ThrottleCount {
        Objects.requireNonNull(at, "at");
    }
}
