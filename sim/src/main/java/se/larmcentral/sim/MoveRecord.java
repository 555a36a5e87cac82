package se.larmcentral.sim;

import java.time.Duration;
import java.time.Instant;

/**
 * One move-up applied in a run: the unit was relocated from one station to another and drove {@code drive}.
 *
 * @param reason the policy's reason in words
 */
public record MoveRecord(Instant at, String unitId, String fromStationId, String toStationId, Duration drive,
                         String reason) {
}
