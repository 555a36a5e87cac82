package se.larmcentral.sim;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.geo.ContractedArcGraph;
import se.larmcentral.geo.TravelLeg;
import se.larmcentral.geo.TravelTimeAnswer;
import se.larmcentral.geo.TravelTimes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Travel times over a ready-made road graph (nodes and directed arcs with travel times, as the JEMSS simulator's
 * road files give them): a position joins the graph at its nearest node that allows off-road access, driving there
 * in a straight line at the off-road speed (JEMSS's own model); {@code toDestination} is one backward Dijkstra search
 * from the destination over the reversed arcs, stopping when every origin's node is settled; {@code fromOrigin} one
 * forward search. {@link #contracted()} gives the same graph searched on GraphHopper's contraction hierarchies
 * (PHAST, {@link ContractedArcGraph}) instead of Dijkstra. Not thread-safe (the search arrays are reused); a
 * simulation is single-threaded.
 */
public final class RoadGraphTravelTimes implements TravelTimes {

    private static final double CELL_DEGREES = 0.01;
    private static final int SNAP_CACHE_LIMIT = 200_000;

    private final double[] lat;
    private final double[] lon;
    private final double offRoadMetresPerSecond;
    private final String name;
    private final Csr forward;
    private final Csr backward;
    private final Map<Long, int[]> cells = new HashMap<>();
    private final Map<GeoPoint, Integer> snapCache = new HashMap<>();
    private final double[] dist;
    private final double[] metres;
    private final int[] stamp;
    private int currentStamp;
    private final Heap heap;
    /** The contraction-hierarchy search, or null for Dijkstra. */
    private final ContractedArcGraph.Search ch;
    private RoadGraphTravelTimes contractedView;

    /**
     * @param access           per node, whether a position may join the graph there
     * @param arcs             {@code from, to} node indices (0-based) per arc
     * @param arcSeconds       travel time per arc
     * @param arcMetres        length per arc
     */
    public RoadGraphTravelTimes(String name, double[] lat, double[] lon, boolean[] access, int[][] arcs,
                                double[] arcSeconds, double[] arcMetres, double offRoadKmh) {
        this.name = name;
        this.lat = lat;
        this.lon = lon;
        this.offRoadMetresPerSecond = offRoadKmh / 3.6;
        this.forward = new Csr(lat.length, arcs, arcSeconds, arcMetres, false);
        this.backward = new Csr(lat.length, arcs, arcSeconds, arcMetres, true);
        Map<Long, List<Integer>> grid = new HashMap<>();
        for (int i = 0; i < lat.length; i++) {
            if (access[i]) {
                grid.computeIfAbsent(cell(lat[i], lon[i]), k -> new ArrayList<>()).add(i);
            }
        }
        grid.forEach((k, v) -> cells.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        dist = new double[lat.length];
        metres = new double[lat.length];
        stamp = new int[lat.length];
        heap = new Heap(lat.length);
        ch = null;
    }

    /** A view of {@code plain} searching with {@code ch}: nodes, snapping and kept trees shared. */
    private RoadGraphTravelTimes(RoadGraphTravelTimes plain, ContractedArcGraph.Search ch) {
        this.name = plain.name + ", contraction hierarchies";
        this.lat = plain.lat;
        this.lon = plain.lon;
        this.offRoadMetresPerSecond = plain.offRoadMetresPerSecond;
        this.forward = plain.forward;
        this.backward = plain.backward;
        this.cells.putAll(plain.cells);
        this.fromNode.putAll(plain.fromNode);
        this.toNode.putAll(plain.toNode);
        this.dist = new double[lat.length];
        this.metres = new double[lat.length];
        this.stamp = new int[lat.length];
        this.heap = new Heap(16);
        this.ch = ch;
    }

    /**
     * The same graph, positions and kept trees, searched by PHAST on GraphHopper's contraction hierarchies of these
     * arcs (built on the first call, a few seconds for JEMSS's 54,000 nodes, then kept). Same answers as the
     * Dijkstra search up to the rounding of summed arc times (tested on Auckland). Trees kept after this call are
     * kept by the view that was asked.
     */
    public synchronized RoadGraphTravelTimes contracted() {
        if (ch != null) {
            return this;
        }
        if (contractedView == null) {
            int[][] arcs = new int[forward.to.length][];
            double[] seconds = new double[arcs.length];
            double[] arcMetres = new double[arcs.length];
            for (int u = 0, a = 0; u < lat.length; u++) {
                for (int slot = forward.start[u]; slot < forward.start[u + 1]; slot++, a++) {
                    arcs[a] = new int[]{u, forward.to[slot]};
                    seconds[a] = forward.seconds[slot];
                    arcMetres[a] = forward.metres[slot];
                }
            }
            contractedView = new RoadGraphTravelTimes(this,
                    ContractedArcGraph.build(lat, lon, arcs, seconds, arcMetres).newSearch());
        }
        return contractedView;
    }

    public int nodes() {
        return lat.length;
    }

    public GeoPoint node(int i) {
        return new GeoPoint(lat[i], lon[i]);
    }

    @Override
    public TravelTimeAnswer toDestination(GeoPoint destination, List<GeoPoint> origins) {
        return search(destination, origins, backward, fromNode, toNode);
    }

    @Override
    public TravelTimeAnswer fromOrigin(GeoPoint origin, List<GeoPoint> destinations) {
        return search(origin, destinations, forward, toNode, fromNode);
    }

    /**
     * Keeps whole shortest-path trees from and to the nodes of {@code points} (stations, hospitals): a question
     * between one of them and any position, in either direction and whichever end the question starts from (a
     * move-up's drives to a station, its coverage from a station), is then a look-up, with the same answer as the
     * search.
     */
    public void keepTreesFor(List<GeoPoint> points) {
        for (GeoPoint point : points) {
            int node = snap(point);
            if (!fromNode.containsKey(node)) {
                fromNode.put(node, tree(node, forward));
                toNode.put(node, tree(node, backward));
            }
        }
    }

    /** Travel time and length from (or to) one node to (from) every node; infinite where unreachable. */
    private record Tree(double[] seconds, double[] metres) {
    }

    private final Map<Integer, Tree> fromNode = new HashMap<>();
    private final Map<Integer, Tree> toNode = new HashMap<>();

    private Tree tree(int node, Csr graph) {
        grow(node, graph, new BitSet(), Integer.MAX_VALUE);
        double[] s = new double[lat.length];
        double[] m = new double[lat.length];
        for (int i = 0; i < lat.length; i++) {
            boolean reached = stamp[i] == currentStamp;
            s[i] = reached ? dist[i] : Double.POSITIVE_INFINITY;
            m[i] = reached ? metres[i] : Double.POSITIVE_INFINITY;
        }
        return new Tree(s, m);
    }

    /**
     * One search from {@code source} over {@code graph} for the targets without a kept tree; a target with one
     * ({@code trees}: trees rooted at the target, in the direction that reaches the source) is looked up, and every
     * target is when the source has one ({@code sourceTrees}: trees rooted at the source, in {@code graph}'s
     * direction).
     */
    private TravelTimeAnswer search(GeoPoint source, List<GeoPoint> targets, Csr graph, Map<Integer, Tree> trees,
                                    Map<Integer, Tree> sourceTrees) {
        int sourceNode = snap(source);
        Tree sourceTree = sourceTrees.get(sourceNode);
        int[] targetNodes = new int[targets.size()];
        BitSet pending = new BitSet(lat.length);
        int remaining = 0;
        for (int i = 0; i < targets.size(); i++) {
            targetNodes[i] = snap(targets.get(i));
            if (sourceTree == null && !trees.containsKey(targetNodes[i]) && !pending.get(targetNodes[i])) {
                pending.set(targetNodes[i]);
                remaining++;
            }
        }
        if (remaining > 0 && ch != null) {
            searchContracted(sourceNode, graph == backward, pending, remaining);
        } else if (remaining > 0) {
            grow(sourceNode, graph, pending, remaining);
        }
        double sourceOff = offRoadMetres(source, sourceNode);
        List<TravelLeg> legs = new ArrayList<>(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            int node = targetNodes[i];
            Tree tree = trees.get(node);
            double roadSeconds;
            double roadMetres;
            if (sourceTree != null) {
                roadSeconds = sourceTree.seconds()[node];
                roadMetres = sourceTree.metres()[node];
            } else if (tree != null) {
                roadSeconds = tree.seconds()[sourceNode];
                roadMetres = tree.metres()[sourceNode];
            } else if (stamp[node] == currentStamp && !pending.get(node)) {
                roadSeconds = dist[node];
                roadMetres = metres[node];
            } else {
                roadSeconds = Double.POSITIVE_INFINITY;
                roadMetres = Double.POSITIVE_INFINITY;
            }
            if (Double.isInfinite(roadSeconds)) {
                legs.add(TravelLeg.unreachable());
                continue;
            }
            double off = sourceOff + offRoadMetres(targets.get(i), node);
            double seconds = roadSeconds + off / offRoadMetresPerSecond;
            legs.add(new TravelLeg(true, Duration.ofMillis(Math.round(seconds * 1000)), roadMetres + off, off));
        }
        return new TravelTimeAnswer(legs, false, name);
    }

    /**
     * The contraction-hierarchy search for the {@code pending} nodes, its answers left where {@link #grow} leaves
     * Dijkstra's ({@code dist}, {@code metres} under the current stamp), the nodes it reached cleared from
     * {@code pending}.
     */
    private void searchContracted(int sourceNode, boolean toSource, BitSet pending, int remaining) {
        int[] ends = new int[remaining];
        for (int node = pending.nextSetBit(0), i = 0; node >= 0; node = pending.nextSetBit(node + 1), i++) {
            ends[i] = node;
        }
        double[] s = new double[remaining];
        double[] m = new double[remaining];
        if (toSource) {
            ch.toNode(sourceNode, ends, s, m);
        } else {
            ch.fromNode(sourceNode, ends, s, m);
        }
        currentStamp++;
        for (int i = 0; i < remaining; i++) {
            if (Double.isFinite(s[i])) {
                visit(ends[i], s[i], m[i]);
                pending.clear(ends[i]);
            }
        }
    }

    /** Dijkstra from {@code sourceNode} until the {@code remaining} nodes set in {@code pending} are settled. */
    private void grow(int sourceNode, Csr graph, BitSet pending, int remaining) {
        currentStamp++;
        heap.clear();
        visit(sourceNode, 0, 0);
        heap.push(0, sourceNode);
        while (!heap.isEmpty() && remaining > 0) {
            double d = heap.topKey();
            int u = heap.pop();
            if (d > dist[u]) {
                continue;
            }
            if (pending.get(u)) {
                pending.clear(u);
                remaining--;
            }
            for (int a = graph.start[u]; a < graph.start[u + 1]; a++) {
                int v = graph.to[a];
                double nd = d + graph.seconds[a];
                if (stamp[v] != currentStamp || nd < dist[v]) {
                    visit(v, nd, metres[u] + graph.metres[a]);
                    heap.push(nd, v);
                }
            }
        }
    }

    private void visit(int node, double d, double m) {
        stamp[node] = currentStamp;
        dist[node] = d;
        metres[node] = m;
    }

    private double offRoadMetres(GeoPoint p, int node) {
        return p.distanceMetresTo(new GeoPoint(lat[node], lon[node]));
    }

    /** The nearest node with off-road access: rings of grid cells outwards until no nearer node can be found. */
    int snap(GeoPoint p) {
        Integer cached = snapCache.get(p);
        if (cached != null) {
            return cached;
        }
        int cy = (int) Math.floor(p.lat() / CELL_DEGREES);
        int cx = (int) Math.floor(p.lon() / CELL_DEGREES);
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int ring = 0; ring < 2000; ring++) {
            for (int dy = -ring; dy <= ring; dy++) {
                for (int dx = -ring; dx <= ring; dx++) {
                    if (Math.max(Math.abs(dx), Math.abs(dy)) != ring) {
                        continue;
                    }
                    int[] inCell = cells.get(key(cy + dy, cx + dx));
                    if (inCell == null) {
                        continue;
                    }
                    for (int node : inCell) {
                        double d = offRoadMetres(p, node);
                        if (d < bestDistance) {
                            bestDistance = d;
                            best = node;
                        }
                    }
                }
            }
            // a cell is at least ~ring * 0.01 degrees away (≥ ring × 550 m even at high latitudes)
            if (best >= 0 && bestDistance < ring * 550) {
                break;
            }
        }
        if (snapCache.size() >= SNAP_CACHE_LIMIT) {
            snapCache.clear();
        }
        snapCache.put(p, best);
        return best;
    }

    private static long cell(double lat, double lon) {
        return key((int) Math.floor(lat / CELL_DEGREES), (int) Math.floor(lon / CELL_DEGREES));
    }

    private static long key(int y, int x) {
        return ((long) y << 32) ^ (x & 0xffffffffL);
    }

    /** Arcs grouped by their tail (or head, reversed), as compact arrays. */
    private static final class Csr {
        final int[] start;
        final int[] to;
        final double[] seconds;
        final double[] metres;

        Csr(int nodes, int[][] arcs, double[] arcSeconds, double[] arcMetres, boolean reversed) {
            start = new int[nodes + 1];
            for (int[] arc : arcs) {
                start[(reversed ? arc[1] : arc[0]) + 1]++;
            }
            for (int i = 0; i < nodes; i++) {
                start[i + 1] += start[i];
            }
            int[] fill = Arrays.copyOf(start, nodes);
            to = new int[arcs.length];
            seconds = new double[arcs.length];
            metres = new double[arcs.length];
            for (int a = 0; a < arcs.length; a++) {
                int tail = reversed ? arcs[a][1] : arcs[a][0];
                int slot = fill[tail]++;
                to[slot] = reversed ? arcs[a][0] : arcs[a][1];
                seconds[slot] = arcSeconds[a];
                metres[slot] = arcMetres[a];
            }
        }
    }

    /** A binary min-heap of (key, node) with duplicates allowed (lazy deletion by the caller). */
    private static final class Heap {
        private double[] keys;
        private int[] values;
        private int size;

        Heap(int capacity) {
            keys = new double[Math.max(16, capacity)];
            values = new int[keys.length];
        }

        void clear() {
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        double topKey() {
            return keys[0];
        }

        void push(double key, int value) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (keys[parent] <= key) {
                    break;
                }
                keys[i] = keys[parent];
                values[i] = values[parent];
                i = parent;
            }
            keys[i] = key;
            values[i] = value;
        }

        int pop() {
            int top = values[0];
            size--;
            if (size > 0) {
                double key = keys[size];
                int value = values[size];
                int i = 0;
                while (true) {
                    int child = 2 * i + 1;
                    if (child >= size) {
                        break;
                    }
                    if (child + 1 < size && keys[child + 1] < keys[child]) {
                        child++;
                    }
                    if (keys[child] >= key) {
                        break;
                    }
                    keys[i] = keys[child];
                    values[i] = values[child];
                    i = child;
                }
                keys[i] = key;
                values[i] = value;
            }
            return top;
        }
    }
}
