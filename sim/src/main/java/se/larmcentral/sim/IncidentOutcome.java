package se.larmcentral.sim;

import se.larmcentral.core.GeoPoint;

import java.time.Duration;
import java.time.Instant;

/**
 * One simulated incident as the report shows it, read from the product's own incident record at the end of a run.
 *
 * @param alerted  first unit alerted, or null when none was
 * @param onScene  first unit on scene, or null when none got there
 * @param response on scene − call entered the queue (the product's {@code IncidentTimes.responseTime}), or null
 * @param unitId   the first unit on scene (else the first alerted), or null
 * @param hospitalId where the patient was taken, or null
 * @param units    how many units were alerted to it (a redirected unit counts)
 */
public record IncidentOutcome(String id, Instant call, GeoPoint position, int priority, Instant alerted,
                              Instant onScene, Duration response, String unitId, String hospitalId, int units) {

    /** Alerted − call: the time in the dispatch delay and the pending queue. */
    public Duration waitForUnit() {
        return alerted == null ? null : Duration.between(call, alerted);
    }
}
