package se.larmcentral.bench.recommend;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import se.larmcentral.bench.dispatch.BenchFleet;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.dispatch.Recommendation;
import se.larmcentral.dispatch.RecommendationRequest;
import se.larmcentral.dispatch.Recommender;
import se.larmcentral.dispatch.UnitType;
import se.larmcentral.geo.OneToManySearch;
import se.larmcentral.geo.RoadNetworkTravelTimes;
import se.larmcentral.geo.TravelTimes;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The full {@link Recommender#recommend} for one priority 1 incident against 200 available ambulances, with the
 * road network's one-to-many search done today's way (Dijkstra from the incident until every unit is settled)
 * and on contraction hierarchies (PHAST), on inner Stockholm and on the 54,000-node grid. Incidents cycle
 * through 64 seeded random positions; positions are snapped once, as units at stations are in service.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SearchBenchmark {

    static final int INCIDENTS = 64;

    @Param({"stockholm", "grid"})
    public String graph;

    private RoadNetworkTravelTimes roads;
    private TravelTimes dijkstra;
    private DispatchState state;
    private RecommendationRequest[] requests;
    private final Recommender recommender = new Recommender();
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        roads = Run.open(graph);
        dijkstra = roads.using(OneToManySearch.DIJKSTRA);
        state = BenchFleet.state(roads);
        List<GeoPoint> positions = BenchFleet.positionsOnRoads(roads, INCIDENTS, 7);
        requests = new RecommendationRequest[INCIDENTS];
        for (int i = 0; i < INCIDENTS; i++) {
            requests[i] = new RecommendationRequest(positions.get(i), 1, UnitType.AMBULANCE, null);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        roads.close();
    }

    @Benchmark
    public Recommendation todayDijkstra() {
        return recommender.recommend(state, requests[next++ & (INCIDENTS - 1)], dijkstra, BenchFleet.AT);
    }

    @Benchmark
    public Recommendation contractionHierarchies() {
        return recommender.recommend(state, requests[next++ & (INCIDENTS - 1)], roads, BenchFleet.AT);
    }
}
