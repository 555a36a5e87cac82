package se.larmcentral.geo;

import com.graphhopper.routing.util.AllEdgesIterator;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;

/**
 * The road graph as compact arrays for fast one-to-many searches: every drivable direction of every edge once
 * as an outgoing arc (for searches from an origin) and once as an incoming arc (for backward searches from a
 * destination), with the profile's weight, time and length computed once at start-up rather than per query.
 */
final class RoadArcs {

    /** Arcs grouped by node: those of node {@code n} are {@code first[n] .. first[n+1]-1}. */
    static final class Adjacency {
        final int[] first;
        final int[] otherNode;
        final float[] weight;
        final int[] millis;
        final float[] metres;

        private Adjacency(int nodes, int arcs) {
            first = new int[nodes + 1];
            otherNode = new int[arcs];
            weight = new float[arcs];
            millis = new int[arcs];
            metres = new float[arcs];
        }
    }

    final int nodes;
    /** Arcs leaving each node; {@code otherNode} is the node they lead to. */
    final Adjacency outgoing;
    /** Arcs entering each node; {@code otherNode} is the node they come from. */
    final Adjacency incoming;

    private RoadArcs(int nodes, Adjacency outgoing, Adjacency incoming) {
        this.nodes = nodes;
        this.outgoing = outgoing;
        this.incoming = incoming;
    }

    static RoadArcs build(BaseGraph graph, Weighting weighting) {
        int nodes = graph.getNodes();
        int[] outCount = new int[nodes];
        int[] inCount = new int[nodes];
        int arcs = 0;
        AllEdgesIterator edge = graph.getAllEdges();
        while (edge.next()) {
            int base = edge.getBaseNode();
            int adj = edge.getAdjNode();
            if (base == adj) {
                continue;
            }
            if (Double.isFinite(weighting.calcEdgeWeight(edge, false))) {
                outCount[base]++;
                inCount[adj]++;
                arcs++;
            }
            if (Double.isFinite(weighting.calcEdgeWeight(edge, true))) {
                outCount[adj]++;
                inCount[base]++;
                arcs++;
            }
        }
        Adjacency outgoing = new Adjacency(nodes, arcs);
        Adjacency incoming = new Adjacency(nodes, arcs);
        int[] outNext = startOffsets(outCount, outgoing.first);
        int[] inNext = startOffsets(inCount, incoming.first);
        edge = graph.getAllEdges();
        while (edge.next()) {
            int base = edge.getBaseNode();
            int adj = edge.getAdjNode();
            if (base == adj) {
                continue;
            }
            float metres = (float) edge.getDistance();
            double forward = weighting.calcEdgeWeight(edge, false);
            if (Double.isFinite(forward)) {
                int millis = (int) weighting.calcEdgeMillis(edge, false);
                put(outgoing, outNext[base]++, adj, forward, millis, metres);
                put(incoming, inNext[adj]++, base, forward, millis, metres);
            }
            double backward = weighting.calcEdgeWeight(edge, true);
            if (Double.isFinite(backward)) {
                int millis = (int) weighting.calcEdgeMillis(edge, true);
                put(outgoing, outNext[adj]++, base, backward, millis, metres);
                put(incoming, inNext[base]++, adj, backward, millis, metres);
            }
        }
        return new RoadArcs(nodes, outgoing, incoming);
    }

    private static int[] startOffsets(int[] counts, int[] first) {
        int[] next = new int[counts.length];
        int offset = 0;
        for (int node = 0; node < counts.length; node++) {
            first[node] = offset;
            next[node] = offset;
            offset += counts[node];
        }
        first[counts.length] = offset;
        return next;
    }

    private static void put(Adjacency adjacency, int arc, int otherNode, double weight, int millis, float metres) {
        adjacency.otherNode[arc] = otherNode;
        adjacency.weight[arc] = (float) weight;
        adjacency.millis[arc] = millis;
        adjacency.metres[arc] = metres;
    }
}
