package se.larmcentral.bench.sim;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.geo.TravelLeg;
import se.larmcentral.geo.TravelTimeAnswer;
import se.larmcentral.geo.TravelTimes;

import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: the same travel times asked one unit at a time (one search per origin or destination), as a
 * simulator without one-to-many searches would. Answers are the same, so the run makes the same decisions.
 */
final class OneSearchPerUnit implements TravelTimes {

    private final TravelTimes travel;

    OneSearchPerUnit(TravelTimes travel) {
        this.travel = travel;
    }

    @Override
    public TravelTimeAnswer toDestination(GeoPoint destination, List<GeoPoint> origins) {
        List<TravelLeg> legs = new ArrayList<>(origins.size());
        boolean estimated = true;
        String method = "";
        for (GeoPoint origin : origins) {
            TravelTimeAnswer one = travel.toDestination(destination, List.of(origin));
            legs.add(one.legs().getFirst());
            estimated &= one.estimated();
            method = one.method();
        }
        return new TravelTimeAnswer(legs, estimated && !origins.isEmpty(), method);
    }

    @Override
    public TravelTimeAnswer fromOrigin(GeoPoint origin, List<GeoPoint> destinations) {
        List<TravelLeg> legs = new ArrayList<>(destinations.size());
        boolean estimated = true;
        String method = "";
        for (GeoPoint destination : destinations) {
            TravelTimeAnswer one = travel.fromOrigin(origin, List.of(destination));
            legs.add(one.legs().getFirst());
            estimated &= one.estimated();
            method = one.method();
        }
        return new TravelTimeAnswer(legs, estimated && !destinations.isEmpty(), method);
    }
}
