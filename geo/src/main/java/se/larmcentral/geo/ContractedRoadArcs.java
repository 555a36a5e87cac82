package se.larmcentral.geo;

import com.graphhopper.routing.ch.ShortcutUnpacker;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.RoutingCHEdgeExplorer;
import com.graphhopper.storage.RoutingCHEdgeIterator;
import com.graphhopper.storage.RoutingCHGraph;

import java.util.Arrays;

/**
 * The road graph with GraphHopper's contraction hierarchies (the one {@link RoadGraphLoader} prepares for
 * point-to-point routes) as compact arrays for PHAST-style one-to-many searches ({@link PhastTree}).
 *
 * <p>Nodes are renumbered for the sweep: by descending PHAST level (every node after all its higher-ranked
 * neighbours), and by node id within a level, so the downward sweep reads memory in order and its neighbours'
 * costs from nearby. Every arc (road or shortcut) between a node and a
 * higher-ranked neighbour is stored once at the lower node: {@link #upOut} for driving up (lower to higher),
 * {@link #upIn} for driving down (higher to lower, stored at the lower end). A shortcut's weight, time and length
 * are the sums over the roads it stands for (unpacked once here), so answers add up exactly as a search on the
 * plain graph does.
 */
final class ContractedRoadArcs {

    /** Arcs grouped by position: those of position {@code p} are {@code first[p] .. first[p+1]-1}. */
    static final class Adjacency {
        final int[] first;
        final int[] other;
        final double[] weight;
        final double[] millis;
        final double[] metres;

        private Adjacency(int[] first, int[] other, double[] weight, double[] millis, double[] metres) {
            this.first = first;
            this.other = other;
            this.weight = weight;
            this.millis = millis;
            this.metres = metres;
        }
    }

    final int nodes;
    /** The position of each graph node. */
    final int[] position;
    /** Arcs from a node up to a higher-ranked neighbour, stored at the lower node. */
    final Adjacency upOut;
    /** Arcs from a higher-ranked neighbour down to a node, stored at the lower node. */
    final Adjacency upIn;

    private ContractedRoadArcs(int nodes, int[] position, Adjacency upOut, Adjacency upIn) {
        this.nodes = nodes;
        this.position = position;
        this.upOut = upOut;
        this.upIn = upIn;
    }

    static ContractedRoadArcs build(RoutingCHGraph ch, Weighting weighting) {
        int nodes = ch.getNodes();
        Integer[] byRank = new Integer[nodes];
        for (int node = 0; node < nodes; node++) {
            byRank[node] = node;
        }
        Arrays.sort(byRank, (a, b) -> higher(ch, a, b) ? -1 : higher(ch, b, a) ? 1 : 0);
        int[] level = sweepLevels(ch, byRank);
        // Highest sweep level first; within a level by node id, which GraphHopper sorts along a Hilbert curve, so
        // neighbours lie close in memory. No arc joins two nodes of one level, so any order within it is correct.
        Integer[] byPosition = byRank.clone();
        Arrays.sort(byPosition, (a, b) -> level[a] != level[b] ? Integer.compare(level[b], level[a]) : Integer.compare(a, b));
        int[] position = new int[nodes];
        for (int p = 0; p < nodes; p++) {
            position[byPosition[p]] = p;
        }
        Builder up = new Builder(nodes);
        Builder down = new Builder(nodes);
        double[] sum = new double[3];
        ShortcutUnpacker forwardUnpacker = new ShortcutUnpacker(ch, (edge, reverse, prev) -> {
            sum[0] += weighting.calcEdgeWeight(edge, reverse);
            sum[1] += weighting.calcEdgeMillis(edge, reverse);
            sum[2] += edge.getDistance();
        }, false);
        RoutingCHEdgeExplorer explorer = ch.createOutEdgeExplorer();
        RoutingCHEdgeExplorer inExplorer = ch.createInEdgeExplorer();
        for (int p = 0; p < nodes; p++) {
            int node = byPosition[p];
            RoutingCHEdgeIterator edge = explorer.setBaseNode(node);
            while (edge.next()) {
                int adj = edge.getAdjNode();
                if (adj != node && higher(ch, adj, node) && Double.isFinite(edge.getWeight(false))) {
                    sum[0] = sum[1] = sum[2] = 0;
                    forwardUnpacker.visitOriginalEdgesFwd(edge.getEdge(), adj, false, -1);
                    up.add(p, position[adj], edge.getEdge(), sum);
                }
            }
            edge = inExplorer.setBaseNode(node);
            while (edge.next()) {
                int adj = edge.getAdjNode();
                if (adj != node && higher(ch, adj, node) && Double.isFinite(edge.getWeight(true))) {
                    sum[0] = sum[1] = sum[2] = 0;
                    forwardUnpacker.visitOriginalEdgesFwd(edge.getEdge(), node, false, -1);
                    down.add(p, position[adj], edge.getEdge(), sum);
                }
            }
        }
        return new ContractedRoadArcs(nodes, position, up.build(), down.build());
    }

    /**
     * PHAST's levels: 0 for a node with no lower-ranked neighbour, else one more than the highest level among
     * them. A node's higher-ranked neighbours all have higher levels, so sweeping level by level downwards
     * sees each node after every node it reads.
     */
    private static int[] sweepLevels(RoutingCHGraph ch, Integer[] byRank) {
        int[] level = new int[byRank.length];
        RoutingCHEdgeExplorer out = ch.createOutEdgeExplorer();
        RoutingCHEdgeExplorer in = ch.createInEdgeExplorer();
        for (int r = byRank.length - 1; r >= 0; r--) {
            int node = byRank[r];
            for (RoutingCHEdgeExplorer explorer : new RoutingCHEdgeExplorer[] {out, in}) {
                RoutingCHEdgeIterator edge = explorer.setBaseNode(node);
                while (edge.next()) {
                    int adj = edge.getAdjNode();
                    if (adj != node && higher(ch, adj, node)) {
                        level[adj] = Math.max(level[adj], level[node] + 1);
                    }
                }
            }
        }
        return level;
    }

    /** Whether node {@code a} ranks above node {@code b} (contraction level, then id, so ranks never tie). */
    private static boolean higher(RoutingCHGraph ch, int a, int b) {
        int levelA = ch.getLevel(a);
        int levelB = ch.getLevel(b);
        return levelA != levelB ? levelA > levelB : a > b;
    }

    /** Collects arcs position by position (positions are visited in order), skipping a repeated CH edge. */
    private static final class Builder {
        private final int[] first;
        private int[] other = new int[1024];
        private int[] chEdge = new int[1024];
        private double[] weight = new double[1024];
        private double[] millis = new double[1024];
        private double[] metres = new double[1024];
        private int size;

        Builder(int nodes) {
            first = new int[nodes + 1];
            Arrays.fill(first, -1);
        }

        void add(int at, int otherPosition, int edge, double[] sum) {
            if (first[at] < 0) {
                first[at] = size;
            }
            for (int arc = first[at]; arc < size; arc++) {
                if (chEdge[arc] == edge && other[arc] == otherPosition) {
                    return;
                }
            }
            if (size == other.length) {
                int grown = size * 2;
                other = Arrays.copyOf(other, grown);
                chEdge = Arrays.copyOf(chEdge, grown);
                weight = Arrays.copyOf(weight, grown);
                millis = Arrays.copyOf(millis, grown);
                metres = Arrays.copyOf(metres, grown);
            }
            other[size] = otherPosition;
            chEdge[size] = edge;
            weight[size] = sum[0];
            millis[size] = sum[1];
            metres[size] = sum[2];
            size++;
        }

        Adjacency build() {
            int[] starts = new int[first.length];
            int next = size;
            for (int p = first.length - 1; p >= 0; p--) {
                if (p < first.length - 1 && first[p] >= 0) {
                    next = first[p];
                }
                starts[p] = next;
            }
            starts[first.length - 1] = size;
            return new Adjacency(starts, Arrays.copyOf(other, size), Arrays.copyOf(weight, size),
                    Arrays.copyOf(millis, size), Arrays.copyOf(metres, size));
        }
    }
}
