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
 */
public record TravelLeg(boolean reachable, Duration duration, double metres, double snapMetres) {

    public static TravelLeg unreachable() {
        return new TravelLeg(false, Duration.ZERO, Double.NaN, Double.NaN);
    }
}
