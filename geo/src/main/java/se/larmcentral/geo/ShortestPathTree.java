package se.larmcentral.geo;

import java.util.Arrays;

/**
 * A reusable Dijkstra search over {@link RoadArcs}: seeded with one or more nodes at a start cost, it grows
 * until every target node is settled (or the reachable graph is exhausted). One instance serves one search
 * at a time; its arrays are reused between searches (a stamp marks what the current search has touched).
 */
final class ShortestPathTree implements OneToManyTree {

    private final double[] weight;
    private final double[] millis;
    private final double[] metres;
    private final int[] reachedStamp;
    private final int[] settledStamp;
    private final int[] targetStamp;
    private int stamp;

    private double[] heapKeys = new double[1024];
    private int[] heapNodes = new int[1024];
    private int heapSize;
    private int targetsLeft;
    private int settledCount;

    ShortestPathTree(int nodes) {
        weight = new double[nodes];
        millis = new double[nodes];
        metres = new double[nodes];
        reachedStamp = new int[nodes];
        settledStamp = new int[nodes];
        targetStamp = new int[nodes];
    }

    /** Forgets the previous search. */
    public void reset() {
        if (stamp == Integer.MAX_VALUE) {
            Arrays.fill(reachedStamp, 0);
            Arrays.fill(settledStamp, 0);
            Arrays.fill(targetStamp, 0);
            stamp = 0;
        }
        stamp++;
        heapSize = 0;
        targetsLeft = 0;
        settledCount = 0;
    }

    /** Starts the search at {@code node} with a cost already spent reaching it. */
    public void seed(int node, double startWeight, double startMillis, double startMetres) {
        if (reachedStamp[node] != stamp || startWeight < weight[node]) {
            reachedStamp[node] = stamp;
            weight[node] = startWeight;
            millis[node] = startMillis;
            metres[node] = startMetres;
            push(startWeight, node);
        }
    }

    /** A node the search must settle before it may stop. */
    public void addTarget(int node) {
        if (targetStamp[node] != stamp) {
            targetStamp[node] = stamp;
            targetsLeft++;
        }
    }

    /** Runs Dijkstra over {@code arcs} until all targets are settled. */
    void grow(RoadArcs.Adjacency arcs) {
        while (heapSize > 0 && targetsLeft > 0) {
            double key = heapKeys[0];
            int node = heapNodes[0];
            pop();
            if (settledStamp[node] == stamp || key > weight[node]) {
                continue;
            }
            settledStamp[node] = stamp;
            settledCount++;
            if (targetStamp[node] == stamp) {
                targetsLeft--;
            }
            double nodeMillis = millis[node];
            double nodeMetres = metres[node];
            for (int arc = arcs.first[node], end = arcs.first[node + 1]; arc < end; arc++) {
                int next = arcs.otherNode[arc];
                double candidate = key + arcs.weight[arc];
                if (reachedStamp[next] != stamp || candidate < weight[next]) {
                    reachedStamp[next] = stamp;
                    weight[next] = candidate;
                    millis[next] = nodeMillis + arcs.millis[arc];
                    metres[next] = nodeMetres + arcs.metres[arc];
                    push(candidate, next);
                }
            }
        }
    }

    /** The settled cost of a target node, or infinity when the search did not reach it. */
    @Override
    public double weight(int node) {
        return settledStamp[node] == stamp ? weight[node] : Double.POSITIVE_INFINITY;
    }

    @Override
    public double millis(int node) {
        return millis[node];
    }

    @Override
    public double metres(int node) {
        return metres[node];
    }

    /** How many nodes the last search settled. */
    int settledCount() {
        return settledCount;
    }

    private void push(double key, int node) {
        if (heapSize == heapKeys.length) {
            heapKeys = Arrays.copyOf(heapKeys, heapSize * 2);
            heapNodes = Arrays.copyOf(heapNodes, heapSize * 2);
        }
        int hole = heapSize++;
        while (hole > 0) {
            int parent = (hole - 1) >>> 1;
            if (heapKeys[parent] <= key) {
                break;
            }
            heapKeys[hole] = heapKeys[parent];
            heapNodes[hole] = heapNodes[parent];
            hole = parent;
        }
        heapKeys[hole] = key;
        heapNodes[hole] = node;
    }

    private void pop() {
        int last = --heapSize;
        if (last == 0) {
            return;
        }
        double key = heapKeys[last];
        int node = heapNodes[last];
        int hole = 0;
        while (true) {
            int child = 2 * hole + 1;
            if (child >= last) {
                break;
            }
            if (child + 1 < last && heapKeys[child + 1] < heapKeys[child]) {
                child++;
            }
            if (heapKeys[child] >= key) {
                break;
            }
            heapKeys[hole] = heapKeys[child];
            heapNodes[hole] = heapNodes[child];
            hole = child;
        }
        heapKeys[hole] = key;
        heapNodes[hole] = node;
    }
}
