package se.larmcentral.geo;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ContractedArcGraphTest {

    @Test
    void arcsAreDrivenOnlyTheWayTheyAreGiven() {
        // 0 → 1 → 2 fast, 2 → 0 slow: going back round the triangle costs the slow arc
        double[] lat = {59.30, 59.31, 59.32};
        double[] lon = {18.00, 18.01, 18.00};
        int[][] arcs = {{0, 1}, {1, 2}, {2, 0}};
        ContractedArcGraph graph = ContractedArcGraph.build(lat, lon, arcs, new double[]{10, 20, 100},
                new double[]{150, 250, 900});
        ContractedArcGraph.Search search = graph.newSearch();
        double[] s = new double[3];
        double[] m = new double[3];

        search.fromNode(0, new int[]{0, 1, 2}, s, m);
        assertThat(s).containsExactly(0, 10, 30);
        assertThat(m).containsExactly(0, 150, 400);

        search.toNode(0, new int[]{1, 2}, s, m);
        assertThat(s[0]).isEqualTo(120);
        assertThat(s[1]).isEqualTo(100);
        assertThat(m[0]).isEqualTo(1150);
    }

    @Test
    void aNodeThatCannotBeReachedIsInfinite() {
        ContractedArcGraph graph = ContractedArcGraph.build(new double[]{59.30, 59.31, 59.32},
                new double[]{18.00, 18.01, 18.02}, new int[][]{{0, 1}}, new double[]{10}, new double[]{100});
        double[] s = new double[2];
        double[] m = new double[2];
        graph.newSearch().toNode(0, new int[]{1, 2}, s, m);
        assertThat(s).containsOnly(Double.POSITIVE_INFINITY);
        assertThat(m).containsOnly(Double.POSITIVE_INFINITY);
    }

    @Test
    void badArcsAreRefusedNamingTheArc() {
        assertThatThrownBy(() -> ContractedArcGraph.build(new double[]{59.3}, new double[]{18.0}, new int[][]{{0, 1}},
                new double[]{1}, new double[]{1})).hasMessageContaining("arc 0 joins a node that does not exist");
        assertThatThrownBy(() -> ContractedArcGraph.build(new double[]{59.3, 59.4}, new double[]{18.0, 18.0},
                new int[][]{{0, 1}}, new double[]{-1}, new double[]{1})).hasMessageContaining("arc 0 needs a finite time");
    }

    /** A random sparse directed graph: the contracted search equals a plain Dijkstra both ways, to the rounding. */
    @Test
    void randomGraphsAgreeWithDijkstra() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 2_000;
        double[] lat = new double[n];
        double[] lon = new double[n];
        for (int i = 0; i < n; i++) {
            lat[i] = 59 + random.nextDouble();
            lon[i] = 18 + random.nextDouble();
        }
        List<int[]> arcs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                int j = (i + 1 + random.nextInt(40)) % n;
                arcs.add(new int[]{i, j});
                arcs.add(new int[]{j, i});
            }
        }
        double[] seconds = new double[arcs.size()];
        double[] metres = new double[arcs.size()];
        for (int a = 0; a < seconds.length; a++) {
            seconds[a] = 5 + random.nextDouble() * 120;
            metres[a] = seconds[a] * (8 + random.nextDouble() * 20);
        }
        int[][] arcArray = arcs.toArray(int[][]::new);
        ContractedArcGraph graph = ContractedArcGraph.build(lat, lon, arcArray, seconds, metres);
        ContractedArcGraph.Search search = graph.newSearch();
        int[] ends = random.ints(50, 0, n).toArray();
        double[] s = new double[ends.length];
        double[] m = new double[ends.length];
        for (int q = 0; q < 20; q++) {
            int node = random.nextInt(n);
            search.fromNode(node, ends, s, m);
            double[] expected = dijkstra(n, arcArray, seconds, node, false);
            for (int i = 0; i < ends.length; i++) {
                assertThat(s[i]).isCloseTo(expected[ends[i]], within(1e-6));
            }
            search.toNode(node, ends, s, m);
            expected = dijkstra(n, arcArray, seconds, node, true);
            for (int i = 0; i < ends.length; i++) {
                assertThat(s[i]).isCloseTo(expected[ends[i]], within(1e-6));
            }
        }
    }

    private static double[] dijkstra(int n, int[][] arcs, double[] seconds, int source, boolean backward) {
        double[] dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        dist[source] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        queue.add(new double[]{0, source});
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) {
                continue;
            }
            for (int a = 0; a < arcs.length; a++) {
                int from = backward ? arcs[a][1] : arcs[a][0];
                int to = backward ? arcs[a][0] : arcs[a][1];
                if (from == u && dist[u] + seconds[a] < dist[to]) {
                    dist[to] = dist[u] + seconds[a];
                    queue.add(new double[]{dist[to], to});
                }
            }
        }
        return dist;
    }
}
