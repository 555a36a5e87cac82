package se.larmcentral.geo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.core.GeoPoint;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The emergency profile on the hand-made network: one-way streets, speeds per road class, access. */
class EmergencyProfileTest {

    static final GeoPoint NODE_1 = new GeoPoint(59.3000, 18.0000);
    static final GeoPoint NODE_2 = new GeoPoint(59.3000, 18.0100);
    static final GeoPoint NODE_4 = new GeoPoint(59.3050, 18.0000);
    static final GeoPoint NODE_5 = new GeoPoint(59.3000, 18.0200);
    static final GeoPoint ISLAND = new GeoPoint(59.3100, 18.0305);
    /** Length of one east-west side of the ring (0.01 degrees of longitude at 59.3 N). */
    static final double EAST_WEST = new GeoPoint(59.3, 18.0).distanceMetresTo(new GeoPoint(59.3, 18.01));
    /** Length of one north-south side (0.005 degrees of latitude). */
    static final double NORTH_SOUTH = new GeoPoint(59.3, 18.0).distanceMetresTo(new GeoPoint(59.305, 18.0));

    @TempDir
    static Path folder;
    static RoadNetworkTravelTimes roads;

    @BeforeAll
    static void open() {
        roads = RoadNetworkTravelTimes.open(HandMadeNetwork.config(folder), line -> { });
    }

    @AfterAll
    static void close() {
        roads.close();
    }

    @Test
    void theOneWayPrimaryRoadIsDrivenEastAtSeventyFive() {
        TravelLeg leg = leg(NODE_1, NODE_2);

        assertThat(leg.metres()).isCloseTo(EAST_WEST, within(2.0));
        assertThat(seconds(leg)).isCloseTo(EAST_WEST / kmh(75), within(0.5));
    }

    @Test
    void againstTheOneWayTheVehicleGoesRoundTheRing() {
        TravelLeg leg = leg(NODE_2, NODE_1);

        double around = 2 * NORTH_SOUTH + EAST_WEST;
        assertThat(leg.metres()).isCloseTo(around, within(3.0));
        assertThat(seconds(leg)).isCloseTo(around / kmh(40), within(0.5));
    }

    @Test
    void aPostedLimitDoesNotSlowAnEmergencyVehicleBelowItsRoadClassSpeed() {
        TravelLeg leg = leg(NODE_2, NODE_5);

        assertThat(seconds(leg)).isCloseTo(EAST_WEST / kmh(55), within(0.5));
    }

    @Test
    void aRoadClosedToMotorVehiclesIsNotUsed() {
        TravelLeg leg = leg(NODE_4, NODE_2);

        assertThat(leg.metres()).as("via node 1, not the closed diagonal").isCloseTo(NORTH_SOUTH + EAST_WEST, within(3.0));
        assertThat(seconds(leg)).isCloseTo(NORTH_SOUTH / kmh(40) + EAST_WEST / kmh(75), within(0.5));
    }

    @Test
    void positionsPartWayAlongARoadCountOnlyThePartDriven() {
        GeoPoint quarter = new GeoPoint(59.3000, 18.0025);
        GeoPoint threeQuarters = new GeoPoint(59.3000, 18.0075);

        TravelLeg ahead = leg(quarter, threeQuarters);
        TravelLeg back = leg(threeQuarters, quarter);

        assertThat(ahead.metres()).isCloseTo(EAST_WEST / 2, within(2.0));
        assertThat(seconds(ahead)).isCloseTo(EAST_WEST / 2 / kmh(75), within(0.5));
        assertThat(back.metres()).as("on to node 2, round the ring, then a quarter of the one-way road")
                .isCloseTo(EAST_WEST / 4 + 2 * NORTH_SOUTH + EAST_WEST + EAST_WEST / 4, within(4.0));
    }

    @Test
    void bothSearchDirectionsAgreeWithTheRouter() {
        List<GeoPoint> points = List.of(NODE_1, NODE_2, NODE_4, NODE_5, new GeoPoint(59.3030, 18.0100));
        for (GeoPoint a : points) {
            List<TravelLeg> toA = roads.toDestination(a, points).legs();
            List<TravelLeg> fromA = roads.fromOrigin(a, points).legs();
            for (int i = 0; i < points.size(); i++) {
                assertThat(toA.get(i).duration()).isEqualTo(roads.route(points.get(i), a).duration());
                assertThat(fromA.get(i).duration()).isEqualTo(roads.route(a, points.get(i)).duration());
            }
        }
    }

    @Test
    void aRoadNotJoinedToTheRestIsUnreachable() {
        TravelTimeAnswer answer = roads.toDestination(NODE_1, List.of(ISLAND, NODE_2));

        assertThat(answer.legs().get(0).reachable()).isFalse();
        assertThat(answer.legs().get(0).snapMetres()).isLessThan(5);
        assertThat(answer.legs().get(1).reachable()).isTrue();
        assertThat(roads.fromOrigin(ISLAND, List.of(NODE_1)).legs().getFirst().reachable()).isFalse();
    }

    @Test
    void theSpeedTableIsDescribedInTheMethod() {
        assertThat(roads.toDestination(NODE_1, List.of(NODE_2)).method())
                .contains("motorway 110", "primary 75", "residential 40", "other 20", "one-way streets obeyed");
    }

    private static TravelLeg leg(GeoPoint from, GeoPoint to) {
        TravelLeg leg = roads.toDestination(to, List.of(from)).legs().getFirst();
        assertThat(leg.reachable()).isTrue();
        TravelLeg forward = roads.fromOrigin(from, List.of(to)).legs().getFirst();
        assertThat(forward.duration()).as("forward and backward searches agree").isEqualTo(leg.duration());
        return leg;
    }

    private static double seconds(TravelLeg leg) {
        return leg.duration().toMillis() / 1000.0;
    }

    private static double kmh(int kmh) {
        return kmh / 3.6;
    }
}
