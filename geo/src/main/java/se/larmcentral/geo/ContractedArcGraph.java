package se.larmcentral.geo;

import com.graphhopper.routing.ch.PrepareContractionHierarchies;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.CHConfig;
import com.graphhopper.storage.NodeAccess;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.storage.RoutingCHGraphImpl;
import com.graphhopper.util.EdgeIteratorState;

import java.util.Objects;

/**
 * A road graph given as nodes and directed arcs with their own travel times (not an OpenStreetMap extract: the JEMSS
 * simulator's road files, say), written into a GraphHopper {@link BaseGraph}, contracted with GraphHopper's
 * {@link PrepareContractionHierarchies}, and searched one-to-many by PHAST ({@link PhastTree}, as
 * {@link RoadNetworkTravelTimes} does on an extract). Each arc is one GraphHopper edge, passable only its own way,
 * weighted by its travel time in seconds; answers are sums of the arcs' own times and lengths.
 */
public final class ContractedArcGraph {

    private final int nodes;
    private final ContractedRoadArcs contracted;
    private final long shortcuts;

    private ContractedArcGraph(int nodes, ContractedRoadArcs contracted, long shortcuts) {
        this.nodes = nodes;
        this.contracted = contracted;
        this.shortcuts = shortcuts;
    }

    /**
     * @param arcs    {@code {from, to}} node indices (0-based) per arc
     * @param seconds travel time per arc, zero or more
     * @param metres  length per arc, zero or more
     */
    public static ContractedArcGraph build(double[] lat, double[] lon, int[][] arcs, double[] seconds, double[] metres) {
        Objects.requireNonNull(arcs, "arcs");
        if (lat.length != lon.length || arcs.length != seconds.length || arcs.length != metres.length) {
            throw new IllegalArgumentException("nodes need a latitude and a longitude each, arcs a time and a length each");
        }
        BaseGraph graph = new BaseGraph.Builder(4).create();
        NodeAccess access = graph.getNodeAccess();
        for (int i = 0; i < lat.length; i++) {
            access.setNode(i, lat[i], lon[i]);
        }
        double minSecondsPerMetre = Double.POSITIVE_INFINITY;
        for (int a = 0; a < arcs.length; a++) {
            int from = arcs[a][0];
            int to = arcs[a][1];
            if (from < 0 || from >= lat.length || to < 0 || to >= lat.length) {
                throw new IllegalArgumentException("arc " + a + " joins a node that does not exist: " + from + " → " + to);
            }
            if (!(seconds[a] >= 0) || !(metres[a] >= 0) || Double.isInfinite(seconds[a])) {
                throw new IllegalArgumentException("arc " + a + " needs a finite time and length of zero or more");
            }
            graph.edge(from, to).setDistance(metres[a]);
            if (metres[a] > 0) {
                minSecondsPerMetre = Math.min(minSecondsPerMetre, seconds[a] / metres[a]);
            }
        }
        graph.freeze();
        Weighting weighting = new ArcTimes(seconds.clone(), Double.isInfinite(minSecondsPerMetre) ? 0 : minSecondsPerMetre);
        CHConfig config = CHConfig.nodeBased("arcs", weighting);
        PrepareContractionHierarchies.Result result = PrepareContractionHierarchies.fromGraph(graph, config).doWork();
        RoutingCHGraph ch = RoutingCHGraphImpl.fromGraph(graph, result.getCHStorage(), config);
        return new ContractedArcGraph(lat.length, ContractedRoadArcs.build(ch, weighting), result.getShortcuts());
    }

    public int nodes() {
        return nodes;
    }

    /** The shortcuts the contraction added. */
    public long shortcuts() {
        return shortcuts;
    }

    /** A reusable search; one per thread. */
    public Search newSearch() {
        return new Search();
    }

    /** One-to-many searches by PHAST, restricted to the nodes asked about; not thread-safe. */
    public final class Search {

        private final PhastTree tree = new PhastTree(contracted);

        private Search() {
        }

        /**
         * From each of {@code sources} to {@code target}: one backward search. Fills {@code seconds} and
         * {@code metres} in the order of {@code sources}, infinite where the target cannot be reached.
         */
        public void toNode(int target, int[] sources, double[] seconds, double[] metres) {
            run(target, sources, seconds, metres, true);
        }

        /** From {@code source} to each of {@code targets}: one forward search; as {@link #toNode}. */
        public void fromNode(int source, int[] targets, double[] seconds, double[] metres) {
            run(source, targets, seconds, metres, false);
        }

        private void run(int seed, int[] ends, double[] seconds, double[] metres, boolean backward) {
            tree.reset();
            for (int end : ends) {
                tree.addTarget(end);
            }
            tree.seed(seed, 0, 0, 0);
            if (backward) {
                tree.grow(contracted.upIn, contracted.upOut);
            } else {
                tree.grow(contracted.upOut, contracted.upIn);
            }
            for (int i = 0; i < ends.length; i++) {
                double w = tree.weight(ends[i]);
                seconds[i] = w;
                metres[i] = Double.isFinite(w) ? tree.metres(ends[i]) : Double.POSITIVE_INFINITY;
            }
        }
    }

    /** Each edge is one arc: its time in seconds when driven the way it was given, impassable the other way. */
    private record ArcTimes(double[] seconds, double minSecondsPerMetre) implements Weighting {

        @Override
        public double calcMinWeightPerDistance() {
            return minSecondsPerMetre;
        }

        @Override
        public double calcEdgeWeight(EdgeIteratorState edge, boolean reverse) {
            // the stored direction when iterated from its base node forwards, or from its adjacent node backwards
            boolean along = edge.get(EdgeIteratorState.REVERSE_STATE) == reverse;
            return along ? seconds[edge.getEdge()] : Double.POSITIVE_INFINITY;
        }

        @Override
        public long calcEdgeMillis(EdgeIteratorState edge, boolean reverse) {
            return Math.round(calcEdgeWeight(edge, reverse) * 1000);
        }

        @Override
        public double calcTurnWeight(int inEdge, int viaNode, int outEdge) {
            return 0;
        }

        @Override
        public long calcTurnMillis(int inEdge, int viaNode, int outEdge) {
            return 0;
        }

        @Override
        public boolean hasTurnCosts() {
            return false;
        }

        @Override
        public String getName() {
            return "arc_times";
        }
    }
}
