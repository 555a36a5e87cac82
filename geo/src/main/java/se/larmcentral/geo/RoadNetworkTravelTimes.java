package se.larmcentral.geo;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.ResponsePath;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.util.PMap;
import com.graphhopper.util.PointList;
import com.graphhopper.util.shapes.BBox;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Travel times on the road network of an OpenStreetMap extract, for an emergency vehicle
 * ({@link EmergencyProfile}), with GraphHopper.
 *
 * <p>{@link #toDestination} makes one backward Dijkstra search from the destination over the reversed graph
 * and stops when every origin's road is settled; {@link #fromOrigin} makes one forward search. Both read the
 * graph from compact arrays built once at start-up ({@link RoadArcs}); {@link #route} is GraphHopper's own
 * point-to-point router (contraction hierarchies) for a single pair.
 *
 * <p>Positions are snapped to the nearest drivable road. The single position a question is about (the
 * destination of {@code toDestination}, the origin of {@code fromOrigin}) must lie within
 * {@link RoadNetworkConfig#maxSnapMetres()} of a road, otherwise the question is refused with an
 * {@link InvalidInputException} naming the distance. A position in the list that lies farther away gets an
 * unreachable leg whose {@code snapMetres} is that distance (infinite when no road was found at all), so one
 * unit off the map does not stop a recommendation for the others; the answer's method says how many.
 *
 * <p>Where each position snapped is remembered ({@link SnapCache}): units at stations are asked about again
 * and again. Thread-safe: searches take a private work area from a pool.
 */
public final class RoadNetworkTravelTimes implements TravelTimes, AutoCloseable {

    private final RoadNetworkConfig config;
    private final GraphHopper hopper;
    private final GraphLoadReport loadReport;
    private final RoadArcs arcs;
    private final SnapCache snaps;
    private final ContractedRoadArcs contracted;
    private final ConcurrentLinkedQueue<ShortestPathTree> trees = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<PhastTree> phastTrees = new ConcurrentLinkedQueue<>();
    private final String methodPrefix;
    private final BBox coverage;

    private RoadNetworkTravelTimes(RoadNetworkConfig config, GraphHopper hopper, GraphLoadReport loadReport) {
        this.config = config;
        this.hopper = hopper;
        this.loadReport = loadReport;
        Weighting weighting = hopper.createWeighting(hopper.getProfile(EmergencyProfile.NAME), new PMap());
        this.arcs = RoadArcs.build(hopper.getBaseGraph(), weighting);
        this.contracted = ContractedRoadArcs.build(hopper.getCHGraphs().get(EmergencyProfile.NAME), weighting);
        DefaultSnapFilter filter = new DefaultSnapFilter(weighting,
                hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(EmergencyProfile.NAME)));
        this.snaps = new SnapCache(new RoadSnapper(hopper.getLocationIndex(), filter, weighting)::snap);
        this.coverage = hopper.getBaseGraph().getBounds();
        this.methodPrefix = "road network: GraphHopper over " + config.osmExtract().getFileName()
                + ", " + EmergencyProfile.describe(config.speeds());
    }

    /**
     * Imports the configured extract, or loads the graph an earlier start prepared in the cache folder.
     *
     * @param progress receives one line per step of the import (and a heartbeat while it runs), for the console
     */
    public static RoadNetworkTravelTimes open(RoadNetworkConfig config, Consumer<String> progress) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(progress, "progress");
        RoadGraphLoader.Loaded loaded = RoadGraphLoader.load(config, progress);
        try {
            return new RoadNetworkTravelTimes(config, loaded.hopper(), loaded.report());
        } catch (RuntimeException e) {
            loaded.hopper().close();
            throw e;
        }
    }

    public RoadNetworkConfig config() {
        return config;
    }

    /** The GraphHopper instance underneath, for tests and benchmarks in this package. */
    GraphHopper graphHopper() {
        return hopper;
    }

    /** Whether the graph was imported or loaded from the cache, how long it took and how big it is. */
    public GraphLoadReport loadReport() {
        return loadReport;
    }

    /**
     * Whether a position lies within the area the extract covers (the bounding box of its road graph). Outside it
     * the road network knows nothing, so no road answer is possible; inside it, a position may still lie too far
     * from a road ({@link RoadNetworkConfig#maxSnapMetres()}).
     */
    public boolean covers(GeoPoint position) {
        return position != null && coverage.contains(position.lat(), position.lon());
    }

    /** The covered area as text, {@code lat min-max, lon min-max}. */
    public String coverageText() {
        return String.format(Locale.ROOT, "lat %.4f-%.4f, lon %.4f-%.4f", coverage.minLat, coverage.maxLat,
                coverage.minLon, coverage.maxLon);
    }

    @Override
    public TravelTimeAnswer toDestination(GeoPoint destination, List<GeoPoint> origins) {
        return toDestination(destination, origins, OneToManySearch.CONTRACTION_HIERARCHIES);
    }

    @Override
    public TravelTimeAnswer fromOrigin(GeoPoint origin, List<GeoPoint> destinations) {
        return fromOrigin(origin, destinations, OneToManySearch.CONTRACTION_HIERARCHIES);
    }

    /**
     * These travel times with the one-to-many searches done another way: the same graph, snaps and answers (within
     * a few milliseconds of rounding), for comparing the searches in tests and benchmarks.
     */
    public TravelTimes using(OneToManySearch search) {
        Objects.requireNonNull(search, "search");
        return new TravelTimes() {
            @Override
            public TravelTimeAnswer toDestination(GeoPoint destination, List<GeoPoint> origins) {
                return RoadNetworkTravelTimes.this.toDestination(destination, origins, search);
            }

            @Override
            public TravelTimeAnswer fromOrigin(GeoPoint origin, List<GeoPoint> destinations) {
                return RoadNetworkTravelTimes.this.fromOrigin(origin, destinations, search);
            }

            @Override
            public Optional<RoutePath> path(GeoPoint from, GeoPoint to) {
                return RoadNetworkTravelTimes.this.path(from, to);
            }
        };
    }

    private TravelTimeAnswer toDestination(GeoPoint destination, List<GeoPoint> origins, OneToManySearch search) {
        SnappedPosition to = snapRequired("destination", destination);
        List<SnappedPosition> from = snapAll("origins", origins);
        if (search == OneToManySearch.DIJKSTRA) {
            ShortestPathTree tree = takeTree();
            try {
                prepare(tree, to.arrivals(), from, SnappedPosition::departures);
                tree.grow(arcs.incoming);
                return answer(legsTo(tree, to, from), search.describe("destination"), "origins");
            } finally {
                trees.offer(tree);
            }
        }
        PhastTree tree = takePhastTree();
        try {
            prepare(tree, to.arrivals(), from, SnappedPosition::departures);
            tree.grow(contracted.upIn, contracted.upOut);
            return answer(legsTo(tree, to, from), search.describe("destination"), "origins");
        } finally {
            phastTrees.offer(tree);
        }
    }

    /** Seeds a search at {@code seeds} and marks the ends of every position within snapping distance as targets. */
    private void prepare(OneToManyTree tree, SnappedPosition.End[] seeds, List<SnappedPosition> targets,
                         java.util.function.Function<SnappedPosition, SnappedPosition.End[]> ends) {
        tree.reset();
        for (SnappedPosition.End seed : seeds) {
            tree.seed(seed.node(), seed.weight(), seed.millis(), seed.metres());
        }
        for (SnappedPosition target : targets) {
            if (target.snapMetres() <= config.maxSnapMetres()) {
                for (SnappedPosition.End end : ends.apply(target)) {
                    tree.addTarget(end.node());
                }
            }
        }
    }

    private List<TravelLeg> legsTo(NodeCosts costs, SnappedPosition to, List<SnappedPosition> from) {
        List<TravelLeg> legs = new ArrayList<>(from.size());
        for (SnappedPosition origin : from) {
            legs.add(origin.snapMetres() > config.maxSnapMetres()
                    ? farLeg(origin)
                    : bestLeg(costs, origin.departures(), origin.directTo(to), origin.snapMetres()));
        }
        return legs;
    }

    private TravelTimeAnswer fromOrigin(GeoPoint origin, List<GeoPoint> destinations, OneToManySearch search) {
        SnappedPosition from = snapRequired("origin", origin);
        List<SnappedPosition> to = snapAll("destinations", destinations);
        if (search == OneToManySearch.DIJKSTRA) {
            ShortestPathTree tree = takeTree();
            try {
                prepare(tree, from.departures(), to, SnappedPosition::arrivals);
                tree.grow(arcs.outgoing);
                return answer(legsFrom(tree, from, to), search.describe("origin"), "destinations");
            } finally {
                trees.offer(tree);
            }
        }
        PhastTree tree = takePhastTree();
        try {
            prepare(tree, from.departures(), to, SnappedPosition::arrivals);
            tree.grow(contracted.upOut, contracted.upIn);
            return answer(legsFrom(tree, from, to), search.describe("origin"), "destinations");
        } finally {
            phastTrees.offer(tree);
        }
    }

    private List<TravelLeg> legsFrom(NodeCosts costs, SnappedPosition from, List<SnappedPosition> to) {
        List<TravelLeg> legs = new ArrayList<>(to.size());
        for (SnappedPosition destination : to) {
            legs.add(destination.snapMetres() > config.maxSnapMetres()
                    ? farLeg(destination)
                    : bestLeg(costs, destination.arrivals(), from.directTo(destination), destination.snapMetres()));
        }
        return legs;
    }

    /**
     * One point-to-point route with GraphHopper's router (contraction hierarchies), without a maximum snap
     * distance: the reference the one-to-many searches are tested and benchmarked against.
     */
    public TravelLeg route(GeoPoint from, GeoPoint to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        GHResponse response = hopper.route(new GHRequest(from.lat(), from.lon(), to.lat(), to.lon())
                .setProfile(EmergencyProfile.NAME)
                .putHint("instructions", false)
                .putHint("calc_points", false));
        if (response.hasErrors()) {
            return TravelLeg.unreachable();
        }
        ResponsePath path = response.getBest();
        PointList waypoints = path.getWaypoints();
        double snapMetres = from.distanceMetresTo(new GeoPoint(waypoints.getLat(0), waypoints.getLon(0)));
        return new TravelLeg(true, Duration.ofMillis(path.getTime()), path.getDistance(), snapMetres);
    }

    /** The route GraphHopper drives from one point to the other, with its points; empty when there is none. */
    @Override
    public Optional<RoutePath> path(GeoPoint from, GeoPoint to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        GHResponse response = hopper.route(new GHRequest(from.lat(), from.lon(), to.lat(), to.lon())
                .setProfile(EmergencyProfile.NAME)
                .putHint("instructions", false)
                .putHint("calc_points", true));
        if (response.hasErrors()) {
            return Optional.empty();
        }
        ResponsePath best = response.getBest();
        PointList points = best.getPoints();
        List<GeoPoint> line = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            line.add(new GeoPoint(points.getLat(i), points.getLon(i)));
        }
        return Optional.of(new RoutePath(line, Duration.ofMillis(best.getTime()), best.getDistance()));
    }

    @Override
    public void close() {
        hopper.close();
    }

    private TravelLeg bestLeg(NodeCosts tree, SnappedPosition.End[] ends, SnappedPosition.End direct,
                              double snapMetres) {
        double bestWeight = Double.POSITIVE_INFINITY;
        double bestMillis = 0;
        double bestMetres = 0;
        if (direct != null) {
            bestWeight = direct.weight();
            bestMillis = direct.millis();
            bestMetres = direct.metres();
        }
        for (SnappedPosition.End end : ends) {
            double weight = tree.weight(end.node()) + end.weight();
            if (weight < bestWeight) {
                bestWeight = weight;
                bestMillis = tree.millis(end.node()) + end.millis();
                bestMetres = tree.metres(end.node()) + end.metres();
            }
        }
        if (bestWeight == Double.POSITIVE_INFINITY) {
            return new TravelLeg(false, Duration.ZERO, Double.NaN, snapMetres);
        }
        return new TravelLeg(true, Duration.ofMillis(Math.round(bestMillis)), bestMetres, snapMetres);
    }

    private static TravelLeg farLeg(SnappedPosition position) {
        return new TravelLeg(false, Duration.ZERO, Double.NaN, position.snapMetres());
    }

    private TravelTimeAnswer answer(List<TravelLeg> legs, String search, String listName) {
        long far = legs.stream().filter(leg -> !leg.reachable() && leg.snapMetres() > config.maxSnapMetres()).count();
        String method = methodPrefix + "; " + search;
        if (far > 0) {
            method += String.format(Locale.ROOT, "; %d of %d %s lie more than %.0f m from a road and are unreachable",
                    far, legs.size(), listName, config.maxSnapMetres());
        }
        return new TravelTimeAnswer(legs, false, method);
    }

    private SnappedPosition snapRequired(String field, GeoPoint point) {
        if (point == null) {
            throw new InvalidInputException(field, "is missing");
        }
        SnappedPosition snapped = snaps.snap(point);
        if (!snapped.hasRoad()) {
            throw new InvalidInputException(field, String.format(Locale.ROOT,
                    "no drivable road near %.5f,%.5f: the position lies outside the road network of %s",
                    point.lat(), point.lon(), config.osmExtract().getFileName()));
        }
        if (snapped.snapMetres() > config.maxSnapMetres()) {
            throw new InvalidInputException(field, String.format(Locale.ROOT,
                    "%.5f,%.5f lies %.0f m from the nearest drivable road; at most %.0f m is accepted (maxSnapMetres)",
                    point.lat(), point.lon(), snapped.snapMetres(), config.maxSnapMetres()));
        }
        return snapped;
    }

    private List<SnappedPosition> snapAll(String field, List<GeoPoint> points) {
        if (points == null) {
            throw new InvalidInputException(field, "is missing");
        }
        List<SnappedPosition> snapped = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            GeoPoint point = points.get(i);
            if (point == null) {
                throw new InvalidInputException(field + "[" + i + "]", "is missing");
            }
            snapped.add(snaps.snap(point));
        }
        return snapped;
    }

    private PhastTree takePhastTree() {
        PhastTree tree = phastTrees.poll();
        return tree != null ? tree : new PhastTree(contracted);
    }

    private ShortestPathTree takeTree() {
        ShortestPathTree tree = trees.poll();
        return tree != null ? tree : new ShortestPathTree(arcs.nodes);
    }
}
