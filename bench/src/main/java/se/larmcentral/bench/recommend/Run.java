package se.larmcentral.bench.recommend;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;
import se.larmcentral.bench.dispatch.BenchFleet;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.geo.OneToManySearch;
import se.larmcentral.geo.RoadNetworkConfig;
import se.larmcentral.geo.RoadNetworkTravelTimes;
import se.larmcentral.geo.TravelLeg;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./larm bench recommend [SHARED_DATA] [cpu]} ({@code cpu}: only the agreement check and the CPU times): the recommendation for one incident against 200 ambulances with
 * today's one-to-many search (Dijkstra) beside the contraction-hierarchy search (PHAST), both in the same JMH run,
 * on inner Stockholm and on a synthetic 54,000-node grid (the size of the simulation's Auckland graph): p50, p99
 * and the ratio. Targets (issue 15): p99 under 0.5 ms on inner Stockholm and under 1 ms on 54,000 nodes. First
 * checks that both searches give the same travel times; last, the same recommendations timed by the thread's CPU
 * clock ({@link CpuTimes}), which a loaded shared machine does not inflate.
 */
public final class Run {

    private Run() {
    }

    /** The road network of {@code graph}: {@code stockholm} (the shared extract) or {@code grid}. */
    static RoadNetworkTravelTimes open(String graph) {
        return switch (graph) {
            case "stockholm" -> BenchFleet.stockholm();
            case "grid" -> RoadNetworkTravelTimes.open(RoadNetworkConfig.of(GridExtract.file(), BenchFleet.graphCache()), line -> { });
            default -> throw new IllegalArgumentException("graph is stockholm or grid, was " + graph);
        };
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            System.setProperty("larm.sharedData", args[0]);
        }
        BenchFleet.sharedFile(BenchFleet.STOCKHOLM);
        for (String graph : List.of("stockholm", "grid")) {
            agreement(graph);
        }
        if (args.length > 1 && args[1].equals("cpu")) {
            cpuTimes();
            return;
        }
        Options options = new OptionsBuilder()
                .include(SearchBenchmark.class.getName() + "\\.")
                .forks(1)
                .jvmArgsAppend("-Dlarm.sharedData=" + Path.of(System.getProperty("larm.sharedData", "../shared/data")).toAbsolutePath())
                .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(4).measurementTime(TimeValue.seconds(3))
                .timeUnit(TimeUnit.NANOSECONDS)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        System.out.println("Recommendation for one priority 1 incident, 200 ambulances (milliseconds)");
        System.out.printf(Locale.ROOT, "%-11s %-34s %10s %10s %10s%n", "graph", "one-to-many search", "p50", "p99", "samples");
        for (String graph : List.of("stockholm", "grid")) {
            Statistics today = statistics(results, graph, "todayDijkstra");
            Statistics ch = statistics(results, graph, "contractionHierarchies");
            row(graph, "today: Dijkstra until all settled", today);
            row(graph, "contraction hierarchies (PHAST)", ch);
            System.out.printf(Locale.ROOT, "%-11s %-34s %9.1fx %9.1fx%n", graph, "today / PHAST",
                    today.getPercentile(50) / ch.getPercentile(50), today.getPercentile(99) / ch.getPercentile(99));
            double target = graph.equals("stockholm") ? 0.5 : 1.0;
            System.out.printf(Locale.ROOT, "%-11s target p99 < %.1f ms: %s%n", graph, target,
                    ch.getPercentile(99) / 1e6 < target ? "met" : "NOT met");
        }
        System.out.printf(Locale.ROOT, "load average after the JMH run: %.2f on %d processors%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        cpuTimes();
    }

    private static void cpuTimes() {
        System.out.println();
        System.out.println("The same, CPU time per recommendation (thread CPU clock: what one costs, without the scheduler's delays)");
        System.out.printf(Locale.ROOT, "%-11s %-34s %10s %10s %10s%n", "graph", "one-to-many search", "p50", "p99", "samples");
        CpuTimes.measure("stockholm", 20_000, 4);
        CpuTimes.measure("grid", 10_000, 20);
        System.out.printf(Locale.ROOT, "load average after the run: %.2f on %d processors%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /** Both searches must answer alike, or the comparison means nothing: 10 incidents x 200 units. */
    private static void agreement(String graph) {
        long start = System.nanoTime();
        try (RoadNetworkTravelTimes roads = open(graph)) {
            double opened = (System.nanoTime() - start) / 1e9;
            List<GeoPoint> units = BenchFleet.positionsOnRoads(roads, BenchFleet.UNITS, 42);
            List<GeoPoint> incidents = BenchFleet.positionsOnRoads(roads, 10, 7);
            long worst = 0;
            int legs = 0;
            for (GeoPoint incident : incidents) {
                List<TravelLeg> ch = roads.toDestination(incident, units).legs();
                List<TravelLeg> today = roads.using(OneToManySearch.DIJKSTRA).toDestination(incident, units).legs();
                for (int i = 0; i < units.size(); i++) {
                    if (ch.get(i).reachable() != today.get(i).reachable()) {
                        throw new IllegalStateException(graph + ": the searches disagree on whether unit " + i + " can reach");
                    }
                    if (ch.get(i).reachable()) {
                        legs++;
                        worst = Math.max(worst, Math.abs(ch.get(i).duration().toMillis() - today.get(i).duration().toMillis()));
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%s: %d nodes, %d edges (graph ready in %.1f s); both searches agree on %d legs,"
                            + " largest difference %d ms%n", graph, roads.loadReport().nodes(), roads.loadReport().edges(),
                    opened, legs, worst);
        }
    }

    private static Statistics statistics(Collection<RunResult> results, String graph, String method) {
        return results.stream()
                .filter(result -> result.getParams().getBenchmark().endsWith("." + method)
                        && graph.equals(result.getParams().getParam("graph")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no JMH result for " + method + " on " + graph))
                .getPrimaryResult().getStatistics();
    }

    private static void row(String graph, String label, Statistics statistics) {
        System.out.printf(Locale.ROOT, "%-11s %-34s %10.3f %10.3f %10d%n", graph, label,
                statistics.getPercentile(50) / 1e6, statistics.getPercentile(99) / 1e6, statistics.getN());
    }
}
