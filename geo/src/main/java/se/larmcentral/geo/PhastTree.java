package se.larmcentral.geo;

import java.util.Arrays;

/**
 * A reusable one-to-all search over contraction hierarchies (PHAST, Delling et al. 2011): an upward search from
 * the seeds over the arcs to higher-ranked nodes, then one sweep over all nodes from the highest rank down, each
 * taking the best of its higher-ranked neighbours. The sweep reads the arrays in order and needs no priority
 * queue, so its cost is a fixed, small amount per node and arc, whatever the number of targets.
 *
 * <p>With targets ({@link #addTarget}) the sweep is restricted to them and the nodes above them (RPHAST, Delling
 * et al. 2011), and that selection is kept for the next search with the same targets.
 *
 * <p>Used backwards ({@code toDestination}: search up the arcs into a node, sweep the arcs out of it) or forwards
 * ({@code fromOrigin}: the other way round). One instance serves one search at a time.
 */
final class PhastTree implements OneToManyTree {

    private final ContractedRoadArcs graph;
    private final double[] weight;
    private final double[] millis;
    private final double[] metres;
    private final int[] reachedStamp;
    /** The sweep arc a node's best cost came by, or -1 when it came from the upward search. */
    private final int[] parentArc;
    private ContractedRoadArcs.Adjacency swept;
    private int stamp;
    /** Positions reached by the upward search, as a max-heap: higher positions (lower ranks) first. */
    private int[] heap = new int[256];
    private int heapSize;
    /** The positions whose cost is asked for this time, in the order added. */
    private int[] targets = new int[256];
    private int targetCount;
    /** The positions the restricted sweep visits, ascending, for {@link #selectedTargets} over {@link #selectedArcs}. */
    private int[] selected = new int[0];
    private int selectedCount;
    private int[] selectedTargets = new int[0];
    private ContractedRoadArcs.Adjacency selectedArcs;
    private final long[] marks;
    private int[] stack = new int[256];

    PhastTree(ContractedRoadArcs graph) {
        this.graph = graph;
        weight = new double[graph.nodes];
        millis = new double[graph.nodes];
        metres = new double[graph.nodes];
        reachedStamp = new int[graph.nodes];
        parentArc = new int[graph.nodes];
        marks = new long[(graph.nodes + 63) >>> 6];
    }

    /** Forgets the previous search. */
    public void reset() {
        if (stamp == Integer.MAX_VALUE) {
            Arrays.fill(reachedStamp, 0);
            stamp = 0;
        }
        stamp++;
        heapSize = 0;
        targetCount = 0;
    }

    /**
     * A node whose cost will be asked for. With targets the sweep visits only the nodes their costs depend on
     * (restricted PHAST); without, every node.
     */
    public void addTarget(int node) {
        if (targetCount == targets.length) {
            targets = Arrays.copyOf(targets, targetCount * 2);
        }
        targets[targetCount++] = graph.position[node];
    }

    /** Starts the search at {@code node} with a cost already spent reaching it. */
    public void seed(int node, double startWeight, double startMillis, double startMetres) {
        int p = graph.position[node];
        if (reachedStamp[p] != stamp) {
            reachedStamp[p] = stamp;
            weight[p] = startWeight;
            millis[p] = startMillis;
            metres[p] = startMetres;
            push(p);
        } else if (startWeight < weight[p]) {
            weight[p] = startWeight;
            millis[p] = startMillis;
            metres[p] = startMetres;
        }
    }

    /**
     * Runs the search: up over {@code upward}, then the sweep over {@code sweep} (the arcs of the other
     * direction, see {@link ContractedRoadArcs}).
     */
    void grow(ContractedRoadArcs.Adjacency upward, ContractedRoadArcs.Adjacency sweep) {
        searchUp(upward);
        if (targetCount == 0) {
            sweepDown(sweep);
        } else {
            select(sweep);
            sweepSelected(sweep);
        }
    }

    /**
     * The targets and every node above them along the sweep's arcs, ascending. Kept for the next search with
     * the same targets in the same order (units waiting at their stations are asked about again and again).
     */
    private void select(ContractedRoadArcs.Adjacency arcs) {
        if (arcs == selectedArcs && Arrays.equals(targets, 0, targetCount, selectedTargets, 0, selectedTargets.length)) {
            return;
        }
        Arrays.fill(marks, 0);
        int count = 0;
        int top = 0;
        for (int t = 0; t < targetCount; t++) {
            int p = targets[t];
            if ((marks[p >>> 6] & (1L << p)) == 0) {
                marks[p >>> 6] |= 1L << p;
                count++;
                if (top == stack.length) {
                    stack = Arrays.copyOf(stack, top * 2);
                }
                stack[top++] = p;
            }
        }
        while (top > 0) {
            int p = stack[--top];
            for (int arc = arcs.first[p], end = arcs.first[p + 1]; arc < end; arc++) {
                int q = arcs.other[arc];
                if ((marks[q >>> 6] & (1L << q)) == 0) {
                    marks[q >>> 6] |= 1L << q;
                    count++;
                    if (top == stack.length) {
                        stack = Arrays.copyOf(stack, top * 2);
                    }
                    stack[top++] = q;
                }
            }
        }
        if (selected.length < count) {
            selected = new int[count];
        }
        int i = 0;
        for (int word = 0; word < marks.length; word++) {
            long bits = marks[word];
            while (bits != 0) {
                selected[i++] = (word << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
            }
        }
        selectedCount = count;
        selectedTargets = Arrays.copyOf(targets, targetCount);
        selectedArcs = arcs;
    }

    /** The sweep over the selected nodes only: each one's higher neighbours are selected too, and come first. */
    private void sweepSelected(ContractedRoadArcs.Adjacency arcs) {
        swept = arcs;
        int[] selected = this.selected;
        for (int i = 0, count = selectedCount; i < count; i++) {
            settleDown(selected[i], arcs);
        }
    }

    /**
     * Upward arcs always lead to a lower position, so taking reached positions highest first settles each one
     * after everything that leads to it: the upward graph is acyclic and this is its shortest-path order.
     */
    private void searchUp(ContractedRoadArcs.Adjacency arcs) {
        while (heapSize > 0) {
            int p = pop();
            double w = weight[p];
            double ms = millis[p];
            double m = metres[p];
            for (int arc = arcs.first[p], end = arcs.first[p + 1]; arc < end; arc++) {
                int next = arcs.other[arc];
                double candidate = w + arcs.weight[arc];
                if (reachedStamp[next] != stamp) {
                    reachedStamp[next] = stamp;
                    weight[next] = candidate;
                    millis[next] = ms + arcs.millis[arc];
                    metres[next] = m + arcs.metres[arc];
                    push(next);
                } else if (candidate < weight[next]) {
                    weight[next] = candidate;
                    millis[next] = ms + arcs.millis[arc];
                    metres[next] = m + arcs.metres[arc];
                }
            }
        }
    }

    /**
     * Only the cost is carried down; time and length are summed afterwards for the few nodes asked about, by
     * following {@link #parentArc} up to where the upward search left them.
     */
    private void sweepDown(ContractedRoadArcs.Adjacency arcs) {
        swept = arcs;
        for (int p = 0, nodes = weight.length; p < nodes; p++) {
            settleDown(p, arcs);
        }
    }

    /** A node's cost: its own from the upward search, or through a higher neighbour already settled, whichever is less. */
    private void settleDown(int p, ContractedRoadArcs.Adjacency arcs) {
        double best = reachedStamp[p] == stamp ? weight[p] : Double.POSITIVE_INFINITY;
        int bestArc = -1;
        int[] other = arcs.other;
        double[] arcWeight = arcs.weight;
        for (int arc = arcs.first[p], end = arcs.first[p + 1]; arc < end; arc++) {
            double candidate = weight[other[arc]] + arcWeight[arc];
            if (candidate < best) {
                best = candidate;
                bestArc = arc;
            }
        }
        weight[p] = best;
        parentArc[p] = bestArc;
    }

    @Override
    public double weight(int node) {
        return weight[graph.position[node]];
    }

    @Override
    public double millis(int node) {
        return along(node, millis, swept.millis);
    }

    @Override
    public double metres(int node) {
        return along(node, metres, swept.metres);
    }

    /** The sum of {@code perArc} down the sweep's arcs to a node, plus what the upward search found above them. */
    private double along(int node, double[] fromSearch, double[] perArc) {
        int p = graph.position[node];
        double sum = 0;
        for (int arc = parentArc[p]; arc >= 0; arc = parentArc[p]) {
            sum += perArc[arc];
            p = swept.other[arc];
        }
        return sum + fromSearch[p];
    }

    private void push(int p) {
        if (heapSize == heap.length) {
            heap = Arrays.copyOf(heap, heapSize * 2);
        }
        int hole = heapSize++;
        while (hole > 0) {
            int parent = (hole - 1) >>> 1;
            if (heap[parent] >= p) {
                break;
            }
            heap[hole] = heap[parent];
            hole = parent;
        }
        heap[hole] = p;
    }

    private int pop() {
        int top = heap[0];
        int last = heap[--heapSize];
        int hole = 0;
        while (true) {
            int child = 2 * hole + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && heap[child + 1] > heap[child]) {
                child++;
            }
            if (heap[child] <= last) {
                break;
            }
            heap[hole] = heap[child];
            hole = child;
        }
        if (heapSize > 0) {
            heap[hole] = last;
        }
        return top;
    }
}
