package se.larmcentral.dispatch;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.geo.TravelLeg;
import se.larmcentral.geo.TravelTimeAnswer;
import se.larmcentral.geo.TravelTimes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Test travel times: straight line at a fixed speed (default 10 m/s, 36 km/h), points listed as unreachable have
 * no route. Counts calls so tests can check that the recommender asks once for all candidates.
 */
final class StraightLineTravelTimes implements TravelTimes {

    private final double metresPerSecond;
    private final Set<GeoPoint> unreachable = new HashSet<>();
    private final Set<GeoPoint> outsideRoadNetwork = new HashSet<>();
    private boolean roadNetwork;
    int toDestinationCalls;
    int fromOriginCalls;

    StraightLineTravelTimes(double metresPerSecond) {
        this.metresPerSecond = metresPerSecond;
    }

    StraightLineTravelTimes() {
        this(10);
    }

    StraightLineTravelTimes unreachable(GeoPoint point) {
        unreachable.add(point);
        return this;
    }

    /**
     * Answers as a road network would (not estimated), except for legs touching a point given to
     * {@link #outsideRoadNetwork}, which are marked estimated.
     */
    StraightLineTravelTimes asRoadNetwork() {
        roadNetwork = true;
        return this;
    }

    StraightLineTravelTimes outsideRoadNetwork(GeoPoint point) {
        outsideRoadNetwork.add(point);
        return this;
    }

    Duration time(GeoPoint a, GeoPoint b) {
        return Duration.ofMillis(Math.round(a.distanceMetresTo(b) / metresPerSecond * 1000));
    }

    private TravelLeg leg(GeoPoint a, GeoPoint b) {
        if (unreachable.contains(a) || unreachable.contains(b)) {
            return TravelLeg.unreachable();
        }
        boolean estimated = !roadNetwork || outsideRoadNetwork.contains(a) || outsideRoadNetwork.contains(b);
        return new TravelLeg(true, time(a, b), a.distanceMetresTo(b), 0, estimated);
    }

    private String method() {
        return (roadNetwork ? "test road network: " : "") + "straight line at " + metresPerSecond + " m/s";
    }

    @Override
    public TravelTimeAnswer toDestination(GeoPoint destination, List<GeoPoint> origins) {
        toDestinationCalls++;
        List<TravelLeg> legs = new ArrayList<>();
        for (GeoPoint origin : origins) {
            legs.add(leg(origin, destination));
        }
        return new TravelTimeAnswer(legs, !roadNetwork, method());
    }

    @Override
    public TravelTimeAnswer fromOrigin(GeoPoint origin, List<GeoPoint> destinations) {
        fromOriginCalls++;
        List<TravelLeg> legs = new ArrayList<>();
        for (GeoPoint destination : destinations) {
            legs.add(leg(origin, destination));
        }
        return new TravelTimeAnswer(legs, !roadNetwork, method());
    }
}
