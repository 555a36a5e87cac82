package se.larmcentral.bench.geo;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.geo.TravelLeg;
import se.larmcentral.geo.TravelTimes;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random unit positions on the inner-Stockholm road network. */
final class UnitPositions {

    static final int UNITS = 200;
    static final long SEED = 112;
    /** Odenplan. */
    static final GeoPoint INCIDENT = new GeoPoint(59.3429, 18.0498);

    private UnitPositions() {
    }

    /** {@code count} random points inside the extract's bounds that lie within 200 m of a road. */
    static List<GeoPoint> near(TravelTimes roads, int count, long seed) {
        Random random = new Random(seed);
        List<GeoPoint> points = new ArrayList<>(count);
        while (points.size() < count) {
            GeoPoint point = new GeoPoint(59.290 + random.nextDouble() * 0.090, 17.970 + random.nextDouble() * 0.180);
            TravelLeg probe = roads.toDestination(INCIDENT, List.of(point)).legs().getFirst();
            if (probe.reachable() && probe.snapMetres() < 200) {
                points.add(point);
            }
        }
        return points;
    }
}
