package se.larmcentral.bench.dispatch;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.dispatch.Recommendation;
import se.larmcentral.dispatch.RecommendationRequest;
import se.larmcentral.dispatch.Recommender;
import se.larmcentral.dispatch.UnitType;
import se.larmcentral.geo.RoadNetworkTravelTimes;
import se.larmcentral.geo.TravelTimes;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The full {@link Recommender#recommend} for one priority 1 incident against 200 available ambulances on the
 * inner-Stockholm road graph: with the road network's one-to-many search (one backward Dijkstra from the incident),
 * and the baseline, the same ranking code fed by one GraphHopper point-to-point route per unit. Incidents cycle
 * through 64 seeded random positions on the road network.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RecommendBenchmark {

    static final int INCIDENTS = 64;

    private RoadNetworkTravelTimes roads;
    private TravelTimes perUnitRoutes;
    private DispatchState state;
    private RecommendationRequest[] requests;
    private final Recommender recommender = new Recommender();
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        roads = BenchFleet.stockholm();
        perUnitRoutes = new PointToPointTravelTimes(roads);
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
    public Recommendation oneToManySearch() {
        return recommender.recommend(state, requests[next++ & (INCIDENTS - 1)], roads, BenchFleet.AT);
    }

    @Benchmark
    public Recommendation baselinePointToPointPerUnit() {
        return recommender.recommend(state, requests[next++ & (INCIDENTS - 1)], perUnitRoutes, BenchFleet.AT);
    }
}
