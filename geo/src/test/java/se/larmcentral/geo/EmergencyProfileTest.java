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

/**
 * The emergency profile on the hand-made network: one-way streets, speed limit × factor per road class, access.
 * Urban and rural default limits are equal here (50 km/h), so GraphHopper's urban density does not matter.
 */
class EmergencyProfileTest {

    static final RoadSpeeds SPEEDS = new RoadSpeeds(50, 50, 130, 400, 6000, RoadSpeeds.Factors.DEFAULT);
    /** Untagged primary road A. */
    static final double PRIMARY_KMH = 50 * RoadSpeeds.Factors.DEFAULT.primary();
    /** Untagged residential roads B, C, D. */
    static final double RESIDENTIAL_KMH = 50 * RoadSpeeds.Factors.DEFAULT.residential();
    /** Tertiary road E, tagged maxspeed=30. */
    static final double TERTIARY_30_KMH = 30 * RoadSpeeds.Factors.DEFAULT.tertiary();

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
        roads = RoadNetworkTravelTimes.open(HandMadeNetwork.config(folder).withSpeeds(SPEEDS), line -> { });
    }

    @AfterAll
    static void close() {
        roads.close();
    }

    @Test
    void theOneWayPrimaryRoadIsDrivenEastAtTheDefaultLimitTimesThePrimaryFactor() {
        TravelLeg leg = leg(NODE_1, NODE_2);

        assertThat(leg.metres()).isCloseTo(EAST_WEST, within(2.0));
        assertThat(seconds(leg)).isCloseTo(EAST_WEST / kmh(PRIMARY_KMH), within(0.5));
    }

    @Test
    void againstTheOneWayTheVehicleGoesRoundTheRing() {
        TravelLeg leg = leg(NODE_2, NODE_1);

        double around = 2 * NORTH_SOUTH + EAST_WEST;
        assertThat(leg.metres()).isCloseTo(around, within(3.0));
        assertThat(seconds(leg)).isCloseTo(around / kmh(RESIDENTIAL_KMH), within(0.5));
    }

    @Test
    void aPostedLimitIsDrivenTimesItsRoadClassFactor() {
        TravelLeg leg = leg(NODE_2, NODE_5);

        assertThat(seconds(leg)).isCloseTo(EAST_WEST / kmh(TERTIARY_30_KMH), within(0.5));
        assertThat(TERTIARY_30_KMH).as("34.5 km/h on a 30 road").isCloseTo(34.5, within(0.01));
    }

    @Test
    void theFactorsAndTheMaximumAreSettings(@TempDir Path other) {
        RoadSpeeds slow = new RoadSpeeds(50, 50, 40, 400, 6000,
                new RoadSpeeds.Factors(1.1, 1.15, 1.2, 1.2, 2.0, 1.1, 1.0, 0.5));
        try (RoadNetworkTravelTimes capped = RoadNetworkTravelTimes.open(HandMadeNetwork.config(other).withSpeeds(slow), line -> { })) {
            TravelLeg primary = capped.toDestination(NODE_2, List.of(NODE_1)).legs().getFirst();
            TravelLeg tertiary = capped.toDestination(NODE_5, List.of(NODE_2)).legs().getFirst();

            assertThat(primary.duration().toMillis() / 1000.0).as("60 km/h capped at 40").isCloseTo(EAST_WEST / kmh(40), within(0.5));
            assertThat(tertiary.duration().toMillis() / 1000.0).as("30 x 2.0 capped at 40").isCloseTo(EAST_WEST / kmh(40), within(0.5));
            assertThat(capped.toDestination(NODE_2, List.of(NODE_1)).method()).contains("at most 40 km/h", "tertiary 2,");
        }
    }

    @Test
    void aRoadClosedToMotorVehiclesIsNotUsed() {
        TravelLeg leg = leg(NODE_4, NODE_2);

        assertThat(leg.metres()).as("via node 1, not the closed diagonal").isCloseTo(NORTH_SOUTH + EAST_WEST, within(3.0));
        assertThat(seconds(leg)).isCloseTo(NORTH_SOUTH / kmh(RESIDENTIAL_KMH) + EAST_WEST / kmh(PRIMARY_KMH), within(0.5));
    }

    @Test
    void positionsPartWayAlongARoadCountOnlyThePartDriven() {
        GeoPoint quarter = new GeoPoint(59.3000, 18.0025);
        GeoPoint threeQuarters = new GeoPoint(59.3000, 18.0075);

        TravelLeg ahead = leg(quarter, threeQuarters);
        TravelLeg back = leg(threeQuarters, quarter);

        assertThat(ahead.metres()).isCloseTo(EAST_WEST / 2, within(2.0));
        assertThat(seconds(ahead)).isCloseTo(EAST_WEST / 2 / kmh(PRIMARY_KMH), within(0.5));
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
    void theSpeedModelIsDescribedInTheMethod() {
        assertThat(roads.toDestination(NODE_1, List.of(NODE_2)).method())
                .contains("posted limit (maxspeed; untagged: 50 km/h in built-up areas, 50 km/h outside)",
                        "motorway 1.1,", "primary 1.2,", "residential 1,", "other 0.5", "at most 130 km/h",
                        "one-way streets obeyed");
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

    private static double kmh(double kmh) {
        return kmh / 3.6;
    }
}
