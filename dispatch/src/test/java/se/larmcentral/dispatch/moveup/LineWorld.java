package se.larmcentral.dispatch.moveup;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.dispatch.Station;
import se.larmcentral.geo.TravelLeg;
import se.larmcentral.geo.TravelTimeAnswer;
import se.larmcentral.geo.TravelTimes;

import java.time.Duration;
import java.util.List;

/**
 * A road along a line for hand-computed cases: a point at kilometre x is {@code at(x)}, and driving takes one minute
 * per kilometre. Counts the searches asked for.
 */
final class LineWorld implements TravelTimes {

    int searches;

    static GeoPoint at(double km) {
        return new GeoPoint(59.0, 18.0 + km / 100);
    }

    static double km(GeoPoint point) {
        return Math.round((point.lon() - 18.0) * 100 * 1000) / 1000.0;
    }

    static Station station(String id, double km) {
        return new Station(id, "Station " + id, at(km), null);
    }

    static IdleUnit atStation(String unitId, Station station) {
        return new IdleUnit(unitId, unitId.replace('-', ' '), station.position(), station.id(), true);
    }

    static IdleUnit driving(String unitId, double km, Station station) {
        return new IdleUnit(unitId, unitId.replace('-', ' '), at(km), station.id(), false);
    }

    static DemandPoint demand(String id, double km, double weight) {
        return new DemandPoint(id, at(km), weight, 1);
    }

    static TravelLeg leg(GeoPoint a, GeoPoint b) {
        double minutes = Math.abs(km(a) - km(b));
        return new TravelLeg(true, Duration.ofMillis(Math.round(minutes * 60_000)), minutes * 1000, 0);
    }

    @Override
    public TravelTimeAnswer toDestination(GeoPoint destination, List<GeoPoint> origins) {
        searches++;
        return new TravelTimeAnswer(origins.stream().map(o -> leg(o, destination)).toList(), false, "line");
    }

    @Override
    public TravelTimeAnswer fromOrigin(GeoPoint origin, List<GeoPoint> destinations) {
        searches++;
        return new TravelTimeAnswer(destinations.stream().map(d -> leg(origin, d)).toList(), false, "line");
    }
}
