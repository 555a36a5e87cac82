package se.larmcentral.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one run produced.
 *
 * @param incidents   every incident, in creation order
 * @param unitUse     per unit: its station and the time it was busy (alerted → clear) and in service
 * @param events      simulation events processed
 * @param decisions   recommendations and queue proposals asked of the product
 * @param moves       move-up moves applied
 * @param redirections assignments that took a unit from another incident
 * @param moveLog     every move-up applied, in order
 * @param stationIdle the spans in which a station had a free ambulance counted at it (the coverage map's input)
 */
public record SimResult(String scenario, String policy, long seed, Instant start, Instant end,
                        List<IncidentOutcome> incidents, Map<String, UnitUse> unitUse, long events,
                        long decisions, long moves, long redirections, List<MoveRecord> moveLog,
                        List<StationIdle> stationIdle) {

    public record UnitUse(String unitId, String stationId, Duration busy, Duration inService) {

        public double utilisation() {
            return inService.isZero() ? 0 : (double) busy.toNanos() / inService.toNanos();
        }
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
