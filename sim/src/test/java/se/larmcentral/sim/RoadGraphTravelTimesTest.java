package se.larmcentral.sim;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.geo.TravelLeg;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class RoadGraphTravelTimesTest {

    /** A 10 x 10 grid, 0.005° apart; eastward and northward arcs are fast, the way back slow (one-way-ish). */
    static RoadGraphTravelTimes grid() {
        int n = 10;
        double[] lat = new double[n * n];
        double[] lon = new double[n * n];
        boolean[] access = new boolean[n * n];
        List<int[]> arcs = new ArrayList<>();
        List<Double> seconds = new ArrayList<>();
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int i = y * n + x;
                lat[i] = 59.30 + 0.005 * y;
                lon[i] = 18.00 + 0.005 * x;
                access[i] = true;
                if (x + 1 < n) {
                    arcs.add(new int[]{i, i + 1});
                    seconds.add(20.0);
                    arcs.add(new int[]{i + 1, i});
                    seconds.add(45.0);
                }
                if (y + 1 < n) {
                    arcs.add(new int[]{i, i + n});
                    seconds.add(30.0);
                    arcs.add(new int[]{i + n, i});
                    seconds.add(50.0);
                }
            }
        }
        double[] s = seconds.stream().mapToDouble(Double::doubleValue).toArray();
        double[] m = new double[s.length];
        java.util.Arrays.fill(m, 300);
        return new RoadGraphTravelTimes("grid", lat, lon, access, arcs.toArray(int[][]::new), s, m, 36);
    }

    @Test
    void aKeptTreeAnswersAsTheSearchDoes() {
        RoadGraphTravelTimes searched = grid();
        RoadGraphTravelTimes kept = grid();
        List<GeoPoint> fixed = List.of(new GeoPoint(59.30, 18.00), new GeoPoint(59.345, 18.045), new GeoPoint(59.32, 18.01));
        kept.keepTreesFor(fixed);
        SplittableRandom random = new SplittableRandom(5);
        for (int k = 0; k < 200; k++) {
            GeoPoint p = new GeoPoint(59.30 + 0.045 * random.nextDouble(), 18.00 + 0.045 * random.nextDouble());
            List<GeoPoint> mixed = List.of(fixed.get(0), p, fixed.get(1), fixed.get(2));
            assertThat(legs(kept.toDestination(p, fixed).legs())).isEqualTo(legs(searched.toDestination(p, fixed).legs()));
            assertThat(legs(kept.fromOrigin(p, fixed).legs())).isEqualTo(legs(searched.fromOrigin(p, fixed).legs()));
            assertThat(legs(kept.toDestination(fixed.get(2), mixed).legs()))
                    .isEqualTo(legs(searched.toDestination(fixed.get(2), mixed).legs()));
            // a kept point as the source: every target is looked up in its tree (move-up drives, station coverage)
            GeoPoint q = new GeoPoint(59.30 + 0.045 * random.nextDouble(), 18.00 + 0.045 * random.nextDouble());
            assertThat(legs(kept.toDestination(fixed.get(1), List.of(p, q)).legs()))
                    .isEqualTo(legs(searched.toDestination(fixed.get(1), List.of(p, q)).legs()));
            assertThat(legs(kept.fromOrigin(fixed.get(0), List.of(q, p, fixed.get(2))).legs()))
                    .isEqualTo(legs(searched.fromOrigin(fixed.get(0), List.of(q, p, fixed.get(2))).legs()));
        }
    }

    @Test
    void oneWayCostsAndTheOffRoadLegAreCounted() {
        RoadGraphTravelTimes graph = grid();
        GeoPoint corner = new GeoPoint(59.30, 18.00);
        GeoPoint east = new GeoPoint(59.30, 18.01);
        assertThat(graph.fromOrigin(corner, List.of(east)).legs().getFirst().duration().toSeconds()).isEqualTo(40);
        assertThat(graph.fromOrigin(east, List.of(corner)).legs().getFirst().duration().toSeconds()).isEqualTo(90);
        // 0.0005° of latitude off the node, about 55.6 m at 36 km/h (10 m/s)
        GeoPoint offRoad = new GeoPoint(59.3005, 18.00);
        assertThat(graph.fromOrigin(offRoad, List.of(east)).legs().getFirst().duration().toMillis()).isBetween(45_500L, 45_700L);
    }

    @Test
    void theContractedSearchAnswersAsDijkstraDoes() {
        RoadGraphTravelTimes plain = grid();
        RoadGraphTravelTimes contracted = grid().contracted();
        assertThat(contracted.contracted()).isSameAs(contracted);
        SplittableRandom random = new SplittableRandom(9);
        for (int k = 0; k < 100; k++) {
            GeoPoint p = new GeoPoint(59.30 + 0.045 * random.nextDouble(), 18.00 + 0.045 * random.nextDouble());
            List<GeoPoint> others = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                others.add(new GeoPoint(59.30 + 0.045 * random.nextDouble(), 18.00 + 0.045 * random.nextDouble()));
            }
            assertThat(legs(contracted.toDestination(p, others).legs())).isEqualTo(legs(plain.toDestination(p, others).legs()));
            assertThat(legs(contracted.fromOrigin(p, others).legs())).isEqualTo(legs(plain.fromOrigin(p, others).legs()));
        }
        assertThat(contracted.toDestination(new GeoPoint(59.30, 18.00), List.of(new GeoPoint(59.30, 18.01))).method())
                .contains("contraction hierarchies");
    }

    /**
     * JEMSS's Auckland roads (54,370 nodes): the contracted search against the sim's Dijkstra for 40 incidents × 25
     * positions on the network, both ways. Tolerance 1 ms per leg (the two sum the same arc times in another order).
     */
    @Test
    void onAucklandTheContractedSearchAgreesWithDijkstra() {
        SharedData.file("jemss-auckland/travel/roads/roads.zip");
        RoadGraphTravelTimes plain = se.larmcentral.sim.file.JemssFolder.open(SharedData.root().resolve("jemss-auckland"))
                .roads(1);
        RoadGraphTravelTimes contracted = plain.contracted();
        SplittableRandom random = new SplittableRandom(3);
        List<GeoPoint> nodes = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            nodes.add(plain.node(random.nextInt(plain.nodes())));
        }
        int legs = 0;
        for (int k = 0; k < 40; k++) {
            GeoPoint incident = nodes.get(random.nextInt(nodes.size()));
            List<GeoPoint> units = random.ints(25, 0, nodes.size()).mapToObj(nodes::get).toList();
            for (boolean to : new boolean[]{true, false}) {
                List<TravelLeg> expected = (to ? plain.toDestination(incident, units) : plain.fromOrigin(incident, units)).legs();
                List<TravelLeg> actual = (to ? contracted.toDestination(incident, units) : contracted.fromOrigin(incident, units)).legs();
                for (int i = 0; i < units.size(); i++) {
                    assertThat(actual.get(i).reachable()).isEqualTo(expected.get(i).reachable());
                    if (expected.get(i).reachable()) {
                        legs++;
                        assertThat(actual.get(i).duration().toMillis()).as("leg %d of incident %d", i, k)
                                .isCloseTo(expected.get(i).duration().toMillis(), org.assertj.core.api.Assertions.within(1L));
                        assertThat(actual.get(i).metres()).isCloseTo(expected.get(i).metres(),
                                org.assertj.core.api.Assertions.within(1.0));
                    }
                }
            }
        }
        assertThat(legs).isGreaterThan(1_500);
    }

    private static List<Long> legs(List<TravelLeg> legs) {
        return legs.stream().map(l -> l.duration().toMillis()).toList();
    }
}
