package se.larmcentral.bench.dispatch;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import se.larmcentral.dispatch.Candidate;
import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.dispatch.Recommendation;
import se.larmcentral.dispatch.RecommendationRequest;
import se.larmcentral.dispatch.Recommender;
import se.larmcentral.dispatch.UnitType;
import se.larmcentral.geo.RoadNetworkTravelTimes;

import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./larm bench dispatch [SHARED_DATA]}: road graph import time and heap for inner Stockholm and Andorra,
 * then a JMH sample-time run of one recommendation against 200 units: the one-to-many search beside the baseline of
 * one point-to-point route per unit, as median, p99 and ratio. Target: p99 under 2 ms.
 */
public final class Run {

    private Run() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            System.setProperty("larm.sharedData", args[0]);
        }
        Path stockholm = BenchFleet.sharedFile(BenchFleet.STOCKHOLM);
        Path andorra = BenchFleet.sharedFile(BenchFleet.ANDORRA);
        GraphImport.Figures[] imports = {GraphImport.measure(stockholm), GraphImport.measure(andorra)};
        String agreement = agreement();

        Options options = new OptionsBuilder()
                .include(RecommendBenchmark.class.getName() + "\\.")
                .forks(1)
                .jvmArgsAppend("-Dlarm.sharedData=" + Path.of(System.getProperty("larm.sharedData", "../shared/data")).toAbsolutePath())
                .warmupIterations(3).warmupTime(TimeValue.seconds(3))
                .measurementIterations(4).measurementTime(TimeValue.seconds(4))
                .timeUnit(TimeUnit.NANOSECONDS)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        double[] search = null;
        double[] baseline = null;
        for (RunResult r : results) {
            var stats = r.getPrimaryResult().getStatistics();
            double[] figures = {stats.getPercentile(50), stats.getPercentile(99), stats.getN()};
            if (r.getParams().getBenchmark().endsWith("oneToManySearch")) {
                search = figures;
            } else {
                baseline = figures;
            }
        }
        if (search == null || baseline == null) {
            throw new IllegalStateException("a benchmark did not run");
        }
        System.out.println();
        System.out.println("Road graph import (GraphHopper 11, emergency profile with contraction hierarchies)");
        System.out.printf("%-30s %8s %8s %8s %12s %14s %12s%n", "extract", "MB", "nodes", "edges", "import (s)",
                "from cache (s)", "heap (MB)");
        for (GraphImport.Figures f : imports) {
            System.out.printf("%-30s %8.1f %8d %8d %12.2f %14.2f %12.1f%n", f.extract(), f.megabytes(), f.nodes(),
                    f.edges(), f.importSeconds(), f.cachedLoadSeconds(), f.heapHeldMegabytes());
        }
        System.out.println();
        System.out.println("Recommendation for one priority 1 incident, 200 ambulances, inner-Stockholm road graph");
        System.out.println(agreement);
        System.out.printf("%-38s %14s %14s %12s%n", "", "median (ms)", "p99 (ms)", "samples");
        System.out.printf("%-38s %14.3f %14.3f %12.0f%n", "one-to-many search (Recommender)", search[0] / 1e6, search[1] / 1e6, search[2]);
        System.out.printf("%-38s %14.3f %14.3f %12.0f%n", "baseline: point-to-point per unit", baseline[0] / 1e6, baseline[1] / 1e6, baseline[2]);
        System.out.printf("%-38s %14.1fx %13.1fx%n", "baseline / one-to-many", baseline[0] / search[0], baseline[1] / search[1]);
        System.out.printf("target: p99 < 2 ms -> %s%n", search[1] < 2_000_000 ? "met" : "NOT met");
    }

    /** Both ways rank the same units first for the first incident (a check that the baseline answers the same question). */
    private static String agreement() {
        try (RoadNetworkTravelTimes roads = BenchFleet.stockholm()) {
            DispatchState state = BenchFleet.state(roads);
            RecommendationRequest request = new RecommendationRequest(
                    BenchFleet.positionsOnRoads(roads, 1, 7).getFirst(), 1, UnitType.AMBULANCE, null);
            Recommender recommender = new Recommender();
            Recommendation search = recommender.recommend(state, request, roads, BenchFleet.AT);
            Recommendation baseline = recommender.recommend(state, request, new PointToPointTravelTimes(roads), BenchFleet.AT);
            Candidate a = search.candidates().getFirst();
            Candidate b = baseline.candidates().getFirst();
            return String.format(java.util.Locale.ROOT,
                    "check: %d candidates each; best by search %s at %s, by point-to-point %s at %s",
                    search.candidates().size(), a.unitId(), a.estimate(), b.unitId(), b.estimate());
        }
    }
}
