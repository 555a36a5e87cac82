package se.larmcentral.bench.geo;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.geo.RoadNetworkConfig;
import se.larmcentral.geo.RoadNetworkTravelTimes;
import se.larmcentral.geo.TravelTimeAnswer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Travel times from 200 units to one incident on the inner-Stockholm graph: the one-to-many search (positions
 * already snapped, and all positions new) against the baseline of one GraphHopper point-to-point route
 * (contraction hierarchies, no instructions or geometry) per unit.
 */
@State(Scope.Benchmark)
public class TravelTimeBenchmark {

    static final String EXTRACT_PROPERTY = "larm.bench.geo.extract";
    static final String CACHE_PROPERTY = "larm.bench.geo.cache";

    private RoadNetworkTravelTimes roads;
    private GeoPoint incident;
    private List<GeoPoint> units;
    private long moves;

    @Setup(Level.Trial)
    public void open() {
        roads = RoadNetworkTravelTimes.open(RoadNetworkConfig.of(
                Path.of(System.getProperty(EXTRACT_PROPERTY)), Path.of(System.getProperty(CACHE_PROPERTY))), line -> { });
        incident = UnitPositions.INCIDENT;
        units = UnitPositions.near(roads, UnitPositions.UNITS, UnitPositions.SEED);
    }

    @TearDown(Level.Trial)
    public void close() {
        roads.close();
    }

    @Benchmark
    public TravelTimeAnswer oneToMany() {
        return roads.toDestination(incident, units);
    }

    /**
     * The same search with every unit at a position not asked before (moved by a fraction of a millimetre), so
     * all 201 positions are snapped again: the cost when no snap is remembered.
     */
    @Benchmark
    public TravelTimeAnswer oneToManyAllPositionsNew() {
        double shift = ++moves * 1e-9;
        List<GeoPoint> moved = new ArrayList<>(units.size());
        for (GeoPoint unit : units) {
            moved.add(new GeoPoint(unit.lat() + shift, unit.lon()));
        }
        return roads.toDestination(new GeoPoint(incident.lat() + shift, incident.lon()), moved);
    }

    @Benchmark
    public void pointToPointPerUnit(Blackhole blackhole) {
        for (GeoPoint unit : units) {
            blackhole.consume(roads.route(unit, incident));
        }
    }
}
