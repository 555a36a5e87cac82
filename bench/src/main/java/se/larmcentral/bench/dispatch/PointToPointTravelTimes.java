package se.larmcentral.bench.dispatch;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.geo.RoadNetworkTravelTimes;
import se.larmcentral.geo.TravelLeg;
import se.larmcentral.geo.TravelTimeAnswer;
import se.larmcentral.geo.TravelTimes;

import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: the same road network answered with one GraphHopper point-to-point route (contraction
 * hierarchies) per origin or destination, as a recommender without a one-to-many search would do.
 */
final class PointToPointTravelTimes implements TravelTimes {

    private final RoadNetworkTravelTimes network;

    PointToPointTravelTimes(RoadNetworkTravelTimes network) {
        this.network = network;
    }

    @Override
    public TravelTimeAnswer toDestination(GeoPoint destination, List<GeoPoint> origins) {
        List<TravelLeg> legs = new ArrayList<>(origins.size());
        for (GeoPoint origin : origins) {
            legs.add(network.route(origin, destination));
        }
        return new TravelTimeAnswer(legs, false, "road network: one point-to-point route per unit");
    }

    @Override
    public TravelTimeAnswer fromOrigin(GeoPoint origin, List<GeoPoint> destinations) {
        List<TravelLeg> legs = new ArrayList<>(destinations.size());
        for (GeoPoint destination : destinations) {
            legs.add(network.route(origin, destination));
        }
        return new TravelTimeAnswer(legs, false, "road network: one point-to-point route per destination");
    }
}
