package se.larmcentral.bench.recommend;

import se.larmcentral.bench.Percentiles;
import se.larmcentral.bench.dispatch.BenchFleet;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.dispatch.RecommendationRequest;
import se.larmcentral.dispatch.Recommender;
import se.larmcentral.dispatch.UnitType;
import se.larmcentral.geo.OneToManySearch;
import se.larmcentral.geo.RoadNetworkTravelTimes;
import se.larmcentral.geo.TravelTimes;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * The same recommendations timed by the thread's CPU clock instead of the wall clock: on a shared machine whose
 * load is many times its cores, wall-clock percentiles above the median mostly measure the scheduler; CPU time
 * is what one recommendation costs. Both searches are interleaved so they share whatever noise remains.
 */
final class CpuTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTimes() {
    }

    /**
     * The search alone ({@code toDestination}, 200 units) when the units' positions differ from the previous
     * question every time (two fleets asked in turn), so nothing the search kept for the last units helps.
     */
    private static Percentiles searchWithUnitsMoving(RoadNetworkTravelTimes roads, List<GeoPoint> incidents, int samples) {
        List<List<GeoPoint>> fleets = List.of(BenchFleet.positionsOnRoads(roads, BenchFleet.UNITS, 42),
                BenchFleet.positionsOnRoads(roads, BenchFleet.UNITS, 43));
        for (int i = 0; i < 1_000; i++) {
            roads.toDestination(incidents.get(i & 63), fleets.get(i & 1));
        }
        long[] times = new long[samples];
        for (int i = 0; i < samples; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            roads.toDestination(incidents.get(i & 63), fleets.get(i & 1));
            times[i] = THREADS.getCurrentThreadCpuTime() - start;
        }
        return new Percentiles(times);
    }

    /** Prints p50/p99 CPU time per recommendation for both searches on {@code graph}. */
    static void measure(String graph, int samples, int todayEvery) {
        try (RoadNetworkTravelTimes roads = Run.open(graph)) {
            TravelTimes today = roads.using(OneToManySearch.DIJKSTRA);
            DispatchState state = BenchFleet.state(roads);
            List<GeoPoint> positions = BenchFleet.positionsOnRoads(roads, 64, 7);
            RecommendationRequest[] requests = positions.stream()
                    .map(p -> new RecommendationRequest(p, 1, UnitType.AMBULANCE, null))
                    .toArray(RecommendationRequest[]::new);
            Recommender recommender = new Recommender();
            for (int i = 0; i < 2_000; i++) {
                recommender.recommend(state, requests[i & 63], roads, BenchFleet.AT);
                if (i % todayEvery == 0) {
                    recommender.recommend(state, requests[i & 63], today, BenchFleet.AT);
                }
            }
            long[] ch = new long[samples];
            long[] dijkstra = new long[samples / todayEvery];
            int d = 0;
            for (int i = 0; i < samples; i++) {
                long start = THREADS.getCurrentThreadCpuTime();
                recommender.recommend(state, requests[i & 63], roads, BenchFleet.AT);
                ch[i] = THREADS.getCurrentThreadCpuTime() - start;
                if (i % todayEvery == 0 && d < dijkstra.length) {
                    start = THREADS.getCurrentThreadCpuTime();
                    recommender.recommend(state, requests[i & 63], today, BenchFleet.AT);
                    dijkstra[d++] = THREADS.getCurrentThreadCpuTime() - start;
                }
            }
            Percentiles todayTimes = new Percentiles(java.util.Arrays.copyOf(dijkstra, d));
            Percentiles chTimes = new Percentiles(ch);
            System.out.printf(Locale.ROOT, "%-11s %-34s %10.3f %10.3f %10d%n", graph, "today: Dijkstra until all settled",
                    todayTimes.millis(0.5), todayTimes.millis(0.99), todayTimes.count());
            System.out.printf(Locale.ROOT, "%-11s %-34s %10.3f %10.3f %10d%n", graph, "contraction hierarchies (PHAST)",
                    chTimes.millis(0.5), chTimes.millis(0.99), chTimes.count());
            System.out.printf(Locale.ROOT, "%-11s %-34s %9.1fx %9.1fx%n", graph, "today / PHAST",
                    todayTimes.millis(0.5) / chTimes.millis(0.5), todayTimes.millis(0.99) / chTimes.millis(0.99));
            double target = graph.equals("stockholm") ? 0.5 : 1.0;
            System.out.printf(Locale.ROOT, "%-11s target p99 < %.1f ms (CPU time): %s%n", graph, target,
                    chTimes.millis(0.99) < target ? "met" : "NOT met");
            Percentiles moving = searchWithUnitsMoving(roads, positions, samples / 4);
            System.out.printf(Locale.ROOT, "%-11s %-34s %10.3f %10.3f %10d%n", graph, "PHAST search only, units moved",
                    moving.millis(0.5), moving.millis(0.99), moving.count());
        }
    }
}
