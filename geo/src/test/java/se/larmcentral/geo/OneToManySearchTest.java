package se.larmcentral.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.core.GeoPoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The contraction-hierarchy search (PHAST) gives today's Dijkstra answers, in both directions. */
class OneToManySearchTest {

    private final RoadNetworkTravelTimes roads = StockholmRoads.get();

    @Test
    void contractionHierarchiesAnswerAsDijkstraOnInnerStockholm() {
        TravelTimes dijkstra = roads.using(OneToManySearch.DIJKSTRA);
        TravelTimes phast = roads.using(OneToManySearch.CONTRACTION_HIERARCHIES);
        Random random = new Random(42);
        int compared = 0;
        for (int round = 0; round < 40; round++) {
            GeoPoint incident = StockholmTravelTimesTest.randomPointOnLand(random);
            List<GeoPoint> units = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                units.add(StockholmTravelTimesTest.randomPointOnLand(random));
            }
            compared += compareLegs(dijkstra.toDestination(incident, units), phast.toDestination(incident, units), "to incident " + round);
            compareLegs(dijkstra.fromOrigin(incident, units), phast.fromOrigin(incident, units), "from incident " + round);
        }
        assertThat(compared).as("reachable legs compared").isGreaterThan(1_800);
    }

    @Test
    void theSameUnitsAskedAboutForManyIncidentsAreAnsweredRightEachTime() {
        TravelTimes dijkstra = roads.using(OneToManySearch.DIJKSTRA);
        Random random = new Random(7);
        List<GeoPoint> units = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            units.add(StockholmTravelTimesTest.randomPointOnLand(random));
        }
        List<GeoPoint> others = units.subList(0, 20);
        List<GeoPoint> incidents = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            incidents.add(StockholmTravelTimesTest.randomPointOnLand(random));
        }
        // Several questions in a row about the same units (the search keeps what it worked out for them), now
        // and then about others, one way and then the other.
        for (int round = 0; round < 20; round++) {
            List<GeoPoint> asked = round % 5 == 4 ? others : units;
            compareLegs(dijkstra.toDestination(incidents.get(round), asked), roads.toDestination(incidents.get(round), asked), "to, round " + round);
        }
        for (int round = 0; round < 20; round++) {
            List<GeoPoint> asked = round % 5 == 4 ? others : units;
            compareLegs(dijkstra.fromOrigin(incidents.get(round), asked), roads.fromOrigin(incidents.get(round), asked), "from, round " + round);
        }
    }

    @Test
    void theDefaultIsContractionHierarchiesAndTheMethodSaysSo() {
        assertThat(roads.toDestination(StockholmTravelTimesTest.ODENPLAN, List.of(StockholmTravelTimesTest.SANKT_GORAN)).method())
                .contains("one search from the destination (contraction hierarchies, PHAST)");
        assertThat(roads.using(OneToManySearch.DIJKSTRA).fromOrigin(StockholmTravelTimesTest.ODENPLAN, List.of(StockholmTravelTimesTest.SANKT_GORAN)).method())
                .endsWith("one search from the origin");
    }

    @Test
    void onTheHandMadeNetworkBothSearchesAgreeOnOneWaysAndIslands(@TempDir Path folder) {
        try (RoadNetworkTravelTimes ring = RoadNetworkTravelTimes.open(HandMadeNetwork.config(folder), line -> { })) {
            List<GeoPoint> points = List.of(EmergencyProfileTest.NODE_1, EmergencyProfileTest.NODE_2, EmergencyProfileTest.NODE_4,
                    EmergencyProfileTest.NODE_5, EmergencyProfileTest.ISLAND, new GeoPoint(59.3000, 18.0025), new GeoPoint(59.3030, 18.0100));
            for (GeoPoint a : points) {
                compareLegs(ring.using(OneToManySearch.DIJKSTRA).toDestination(a, points), ring.toDestination(a, points), "to " + a);
                compareLegs(ring.using(OneToManySearch.DIJKSTRA).fromOrigin(a, points), ring.fromOrigin(a, points), "from " + a);
            }
        }
    }

    private static int compareLegs(TravelTimeAnswer expected, TravelTimeAnswer actual, String what) {
        int reachable = 0;
        for (int i = 0; i < expected.legs().size(); i++) {
            TravelLeg want = expected.legs().get(i);
            TravelLeg got = actual.legs().get(i);
            assertThat(got.reachable()).as(what + " leg " + i + " reachable").isEqualTo(want.reachable());
            if (want.reachable()) {
                reachable++;
                assertThat((double) got.duration().toMillis()).as(what + " leg " + i + " ms")
                        .isCloseTo(want.duration().toMillis(), within(5.0));
                assertThat(got.metres()).as(what + " leg " + i + " metres").isCloseTo(want.metres(), within(Math.max(2.0, want.metres() * 0.01)));
            }
        }
        return reachable;
    }
}
