package se.larmcentral.bench.dispatch;

import se.larmcentral.geo.GraphLoadReport;
import se.larmcentral.geo.RoadNetworkConfig;
import se.larmcentral.geo.RoadNetworkTravelTimes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Import time, start-from-cache time and heap held by the road graph of one extract. */
final class GraphImport {

    /** What one extract costs. */
    record Figures(String extract, double megabytes, int nodes, int edges, double importSeconds,
                   double cachedLoadSeconds, double heapHeldMegabytes) {
    }

    private GraphImport() {
    }

    static Figures measure(Path extract) {
        Path cache;
        try {
            cache = Files.createTempDirectory("larm-bench-import-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            RoadNetworkConfig config = RoadNetworkConfig.of(extract, cache);
            long before = heapInUse();
            GraphLoadReport imported;
            try (RoadNetworkTravelTimes roads = RoadNetworkTravelTimes.open(config, line -> { })) {
                imported = roads.loadReport();
            }
            GraphLoadReport cached;
            long held;
            try (RoadNetworkTravelTimes roads = RoadNetworkTravelTimes.open(config, line -> { })) {
                cached = roads.loadReport();
                held = heapInUse() - before;
                if (!cached.fromCache()) {
                    throw new IllegalStateException("the second start did not load " + extract + " from the cache");
                }
            }
            return new Figures(extract.getFileName().toString(), Files.size(extract) / 1e6, imported.nodes(),
                    imported.edges(), imported.took().toMillis() / 1000.0, cached.took().toMillis() / 1000.0, held / 1e6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(cache);
        }
    }

    /** Heap in use after full collections. */
    private static long heapInUse() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
