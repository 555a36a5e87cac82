package se.larmcentral.bench.geo;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.util.Statistics;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.geo.CarProfileComparison;
import se.larmcentral.geo.GraphLoadReport;
import se.larmcentral.geo.RoadNetworkConfig;
import se.larmcentral.geo.RoadNetworkTravelTimes;
import se.larmcentral.geo.TravelLeg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code ./larm bench geo [SHARED_DATA]}: (1) import time and heap for the inner-Stockholm and Andorra
 * extracts, (2) the emergency speeds beside GraphHopper's car profile on 300 random pairs, (3) a JMH benchmark of travel times from 200 units to one incident, the one-to-many search beside
 * the baseline of one point-to-point route per unit, measured in the same run.
 *
 * <p>The shared data folder is the first argument, else the system property {@code larm.sharedData}, else
 * {@code ../shared/data} relative to the working directory.
 */
public final class Run {

    private Run() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : System.getProperty("larm.sharedData", "../shared/data"));
        Path stockholm = required(shared, "osm/stockholm-inner-2020.osm.pbf");
        Path andorra = required(shared, "osm/andorra.osm.pbf");

        System.out.println("== Import: time and heap (fresh cache folder, then a second start from the cache)");
        System.out.println("   (the first import also pays for JIT warm-up of the importer)");
        importReport(stockholm);
        importReport(andorra);

        Path cache = Files.createTempDirectory("larm-bench-geo-cache");
        try {
            carComparison(stockholm, cache);
            agreement(stockholm, cache);
            System.out.println();
            System.out.println("== Travel times, 200 units to one incident, inner Stockholm (JMH, sample time)");
            Options options = new OptionsBuilder()
                    .include(TravelTimeBenchmark.class.getName() + "\\.")
                    .mode(Mode.SampleTime)
                    .timeUnit(TimeUnit.MILLISECONDS)
                    .forks(1)
                    .warmupIterations(5).warmupTime(TimeValue.seconds(3))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(5))
                    .jvmArgsAppend("-Xmx1g",
                            "-D" + TravelTimeBenchmark.EXTRACT_PROPERTY + "=" + stockholm.toAbsolutePath(),
                            "-D" + TravelTimeBenchmark.CACHE_PROPERTY + "=" + cache.toAbsolutePath())
                    .build();
            Collection<RunResult> results = new Runner(options).run();
            Statistics oneToMany = statistics(results, "oneToMany");
            Statistics allNew = statistics(results, "oneToManyAllPositionsNew");
            Statistics baseline = statistics(results, "pointToPointPerUnit");
            System.out.println();
            System.out.println("== Result (milliseconds per recommendation of 200 units)");
            System.out.printf(Locale.ROOT, "%-44s %9s %9s %9s%n", "", "p50", "p99", "samples");
            line("one-to-many, positions already snapped", oneToMany);
            line("one-to-many, all 201 positions new", allNew);
            line("baseline: 200 point-to-point CH routes", baseline);
            ratio("speed-up, positions already snapped", baseline, oneToMany);
            ratio("speed-up, all positions new", baseline, allNew);
            System.out.printf(Locale.ROOT, "target p99 < 2 ms (positions already snapped): %s%n",
                    oneToMany.getPercentile(99) < 2 ? "met" : "NOT met");
            System.out.printf(Locale.ROOT, "load average during the run: %.2f on %d processors%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        } finally {
            deleteRecursively(cache);
        }
    }

    private static void importReport(Path extract) throws IOException {
        Path cache = Files.createTempDirectory("larm-bench-geo-import");
        try {
            long heapBefore = usedHeapAfterGc();
            GraphLoadReport imported;
            long heapWithGraph;
            try (RoadNetworkTravelTimes roads = RoadNetworkTravelTimes.open(RoadNetworkConfig.of(extract, cache), line -> { })) {
                imported = roads.loadReport();
                heapWithGraph = usedHeapAfterGc();
            }
            GraphLoadReport loaded;
            try (RoadNetworkTravelTimes roads = RoadNetworkTravelTimes.open(RoadNetworkConfig.of(extract, cache), line -> { })) {
                loaded = roads.loadReport();
            }
            System.out.printf(Locale.ROOT,
                    "%-30s %6.1f MB file  import %5.2f s  start from cache %5.2f s  %7d nodes %7d edges  heap held by the graph %6.1f MB  cache on disk %6.1f MB%n",
                    extract.getFileName(), Files.size(extract) / 1e6, imported.took().toMillis() / 1000.0,
                    loaded.took().toMillis() / 1000.0, imported.nodes(), imported.edges(),
                    (heapWithGraph - heapBefore) / 1e6, folderSize(imported.cacheFolder()) / 1e6);
        } finally {
            deleteRecursively(cache);
        }
    }

    /** Issue 20 item 10: the emergency speeds beside GraphHopper's car profile on the same extract. */
    private static void carComparison(Path stockholm, Path cache) {
        try (RoadNetworkTravelTimes roads = RoadNetworkTravelTimes.open(RoadNetworkConfig.of(stockholm, cache), line -> { })) {
            CarProfileComparison.Result result = CarProfileComparison.compare(roads, cache, 300, 20);
            System.out.println();
            System.out.println("== Emergency profile (" + roads.config().speeds().describe() + ")");
            System.out.println("   beside GraphHopper's car profile (car.json), inner Stockholm, seeded random pairs 1 km or more apart");
            System.out.print(result.table());
            System.out.printf(Locale.ROOT, "distances within 15 %% (median and p90): %s; emergency faster (median time ratio < 1): %s%n",
                    result.p90(CarProfileComparison.Pair::distanceDifference) < 0.15 ? "yes" : "NO",
                    result.median(CarProfileComparison.Pair::timeRatio) < 1 ? "yes" : "NO");
        }
    }

    /** The two methods must give the same answers, or the comparison means nothing. */
    private static void agreement(Path stockholm, Path cache) {
        try (RoadNetworkTravelTimes roads = RoadNetworkTravelTimes.open(RoadNetworkConfig.of(stockholm, cache), line -> { })) {
            List<GeoPoint> units = UnitPositions.near(roads, UnitPositions.UNITS, UnitPositions.SEED);
            List<TravelLeg> legs = roads.toDestination(UnitPositions.INCIDENT, units).legs();
            long worst = 0;
            for (int i = 0; i < units.size(); i++) {
                TravelLeg route = roads.route(units.get(i), UnitPositions.INCIDENT);
                if (route.reachable() != legs.get(i).reachable()) {
                    throw new IllegalStateException("unit " + i + ": one-to-many and point-to-point disagree on reachability");
                }
                if (route.reachable()) {
                    worst = Math.max(worst, Math.abs(route.duration().toMillis() - legs.get(i).duration().toMillis()));
                }
            }
            System.out.printf(Locale.ROOT, "%nCheck: one-to-many and point-to-point agree for all %d units (largest difference %d ms)%n",
                    units.size(), worst);
        }
    }

    private static Statistics statistics(Collection<RunResult> results, String method) {
        return results.stream()
                .filter(result -> result.getParams().getBenchmark().endsWith("." + method))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no JMH result for " + method))
                .getPrimaryResult().getStatistics();
    }

    private static void line(String label, Statistics statistics) {
        System.out.printf(Locale.ROOT, "%-44s %9.3f %9.3f %9d%n", label,
                statistics.getPercentile(50), statistics.getPercentile(99), statistics.getN());
    }

    private static void ratio(String label, Statistics baseline, Statistics candidate) {
        System.out.printf(Locale.ROOT, "%-44s %8.1fx %8.1fx   (baseline / one-to-many)%n", label,
                baseline.getPercentile(50) / candidate.getPercentile(50),
                baseline.getPercentile(99) / candidate.getPercentile(99));
    }

    private static Path required(Path shared, String relative) {
        Path file = shared.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing shared data file " + file.toAbsolutePath().normalize()
                    + " (give the shared data folder as the first argument or -Dlarm.sharedData)");
        }
        return file;
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
