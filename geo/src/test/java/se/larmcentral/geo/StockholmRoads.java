package se.larmcentral.geo;

import java.nio.file.Path;

/**
 * The inner-Stockholm road network, opened once per test JVM. Its prepared graph is cached under
 * {@code target/test-graph-cache}, so later test runs load it instead of importing it again.
 */
final class StockholmRoads {

    static final Path CACHE = Path.of("target", "test-graph-cache");

    private static RoadNetworkTravelTimes roads;

    private StockholmRoads() {
    }

    static synchronized RoadNetworkTravelTimes get() {
        if (roads == null) {
            roads = RoadNetworkTravelTimes.open(RoadNetworkConfig.of(SharedData.stockholmInner(), CACHE), line -> { });
        }
        return roads;
    }
}
