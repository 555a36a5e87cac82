package se.larmcentral.bench.dispatch;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.dispatch.FleetDefinition;
import se.larmcentral.dispatch.LoadFleet;
import se.larmcentral.dispatch.Station;
import se.larmcentral.dispatch.UnitDefinition;
import se.larmcentral.dispatch.UnitType;
import se.larmcentral.geo.RoadNetworkConfig;
import se.larmcentral.geo.RoadNetworkTravelTimes;
import se.larmcentral.geo.TravelTimes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's world: the inner-Stockholm road graph, 200 ambulances each at its own station at a seeded random
 * position on the road network, and seeded random incident positions.
 */
public final class BenchFleet {

    public static final String STOCKHOLM = "osm/stockholm-inner-2020.osm.pbf";
    static final String ANDORRA = "osm/andorra.osm.pbf";
    public static final int UNITS = 200;
    public static final Instant AT = Instant.parse("2025-03-12T10:00:00Z");
    /** Central Stockholm (Sergels torg): every position kept has a road route to and from it. */
    private static final GeoPoint CENTRE = new GeoPoint(59.3326, 18.0649);

    private BenchFleet() {
    }

    /** {@code larm.sharedData}, else {@code ../shared/data}; fails naming the file when it is missing. */
    public static Path sharedFile(String relative) {
        Path root = Path.of(System.getProperty("larm.sharedData", "../shared/data"));
        Path file = root.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing shared data file " + file.toAbsolutePath()
                    + " (give the folder with -Dlarm.sharedData or as the argument)");
        }
        return file;
    }

    public static Path graphCache() {
        return Path.of(System.getProperty("java.io.tmpdir"), "larm-bench-dispatch-graph-cache");
    }

    public static RoadNetworkTravelTimes stockholm() {
        return RoadNetworkTravelTimes.open(RoadNetworkConfig.of(sharedFile(STOCKHOLM), graphCache()), line -> { });
    }

    /** Positions on the road network, seeded, in the extract's bounds. */
    public static List<GeoPoint> positionsOnRoads(TravelTimes roads, int count, long seed) {
        Random random = new Random(seed);
        List<GeoPoint> kept = new ArrayList<>(count);
        while (kept.size() < count) {
            GeoPoint p = new GeoPoint(59.300 + random.nextDouble() * 0.070, 17.975 + random.nextDouble() * 0.165);
            try {
                if (roads.toDestination(CENTRE, List.of(p)).legs().getFirst().reachable()
                        && roads.toDestination(p, List.of(CENTRE)).legs().getFirst().reachable()) {
                    kept.add(p);
                }
            } catch (InvalidInputException farFromRoad) {
                // water or park: draw again
            }
        }
        return kept;
    }

    /** 200 ambulances, each available at its own station at a seeded random position. */
    public static DispatchState state(TravelTimes roads) {
        List<GeoPoint> positions = positionsOnRoads(roads, UNITS, 42);
        List<Station> stations = new ArrayList<>(UNITS);
        List<UnitDefinition> units = new ArrayList<>(UNITS);
        for (int i = 0; i < UNITS; i++) {
            String id = String.format("S-%03d", i);
            stations.add(new Station(id, "Bench station " + i, positions.get(i), null));
            units.add(new UnitDefinition(String.format("AMB-%03d", i), null, UnitType.AMBULANCE, id, List.of()));
        }
        FleetDefinition fleet = new FleetDefinition("bench fleet", true, "seeded random positions", stations, List.of(), units);
        return LoadFleet.freshState(fleet, AT);
    }
}
