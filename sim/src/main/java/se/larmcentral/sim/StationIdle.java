package se.larmcentral.sim;

import java.time.Instant;
import java.util.Objects;

/**
 * A span of simulated time in which at least one free ambulance counted at a station (as DMEXCLP counts it: its
 * station, whether standing there or on its way back).
 *
 * @param from inclusive
 * @param to   exclusive, not before {@code from}
 */
public record StationIdle(String stationId, Instant from, Instant to) {

    public StationIdle {
        Objects.requireNonNull(stationId, "stationId");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("idle span of " + stationId + " ends before it starts: " + from + " → " + to);
        }
    }
}
