package se.larmcentral.geo;

import java.time.Duration;

/**
 * One origin-destination travel time.
 *
 * @param reachable   false when no route exists (the other fields are then meaningless)
 * @param duration    driving time for an emergency vehicle
 * @param metres      driving distance
 * @param snapMetres  how far the point asked about lay from the road it was snapped to (0 for estimates). On an
 *                    unreachable leg of {@link RoadNetworkTravelTimes} it tells why: more than the configured
 *                    maximum snap distance means the point lies off the road network (infinite: no road near at
 *                    all); within it means no drivable route exists (e.g. a road cut off by one-way streets)
 * @param estimated   true when this leg is an estimate from straight-line distance, not a road route (all legs of
 *                    {@link EstimatedTravelTimes}; the legs of {@link CoverageFallbackTravelTimes} whose end lies
 *                    outside the road network's coverage)
 */
public record TravelLeg(boolean reachable, Duration duration, double metres, double snapMetres, boolean estimated) {

    /** A leg found on a road network (not estimated). */
    public TravelLeg(boolean reachable, Duration duration, double metres, double snapMetres) {
        this(reachable, duration, metres, snapMetres, false);
    }

    public static TravelLeg unreachable() {
        return new TravelLeg(false, Duration.ZERO, Double.NaN, Double.NaN);
    }
}
