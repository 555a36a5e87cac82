package se.larmcentral.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StockholmTravelTimesTest {

    static final GeoPoint SODERSJUKHUSET = new GeoPoint(59.3098, 18.0519);
    static final GeoPoint ODENPLAN = new GeoPoint(59.3429, 18.0498);
    static final GeoPoint SANKT_GORAN = new GeoPoint(59.3370, 18.0240);
    /** Out in Lake Mälaren west of Kungsholmen, well over a kilometre from any road in the extract. */
    static final GeoPoint LAKE_MALAREN = new GeoPoint(59.3190, 17.9580);

    private final RoadNetworkTravelTimes roads = StockholmRoads.get();

    @Test
    void sodersjukhusetToOdenplanIsAboutSixKilometresByRoad() {
        TravelTimeAnswer answer = roads.toDestination(ODENPLAN, List.of(SODERSJUKHUSET));

        TravelLeg leg = answer.legs().getFirst();
        assertThat(answer.estimated()).isFalse();
        assertThat(answer.method()).contains("GraphHopper", "stockholm-inner-2020.osm.pbf", "emergency", "one search from the destination");
        assertThat(leg.reachable()).isTrue();
        assertThat(leg.metres()).isBetween(5_000.0, 7_500.0);
        assertThat(leg.duration()).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(14));
        assertThat(leg.snapMetres()).isLessThan(150);
    }

    @Test
    void aPathIsTheRoadRouteWithItsPointsFromStartToEnd() {
        RoutePath path = roads.path(ODENPLAN, SODERSJUKHUSET).orElseThrow();
        TravelLeg leg = roads.route(ODENPLAN, SODERSJUKHUSET);

        assertThat(path.duration()).isEqualTo(leg.duration());
        assertThat(path.metres()).isEqualTo(leg.metres());
        assertThat(path.points()).hasSizeGreaterThan(10);
        assertThat(path.points().getFirst().distanceMetresTo(ODENPLAN)).isLessThan(150);
        assertThat(path.points().getLast().distanceMetresTo(SODERSJUKHUSET)).isLessThan(150);
        double along = 0;
        for (int i = 1; i < path.points().size(); i++) {
            along += path.points().get(i - 1).distanceMetresTo(path.points().get(i));
        }
        assertThat(along).as("the points follow the roads driven").isCloseTo(path.metres(), org.assertj.core.data.Percentage.withPercentage(5));
        assertThat(new EstimatedTravelTimes().path(ODENPLAN, SODERSJUKHUSET)).as("an estimate has no route").isEmpty();
    }

    @Test
    void fromOriginGivesOneLegPerDestinationInTheOrderAsked() {
        TravelTimeAnswer answer = roads.fromOrigin(ODENPLAN, List.of(SODERSJUKHUSET, SANKT_GORAN, ODENPLAN));

        assertThat(answer.legs()).hasSize(3).allMatch(TravelLeg::reachable);
        assertThat(answer.method()).contains("one search from the origin");
        assertThat(answer.legs().get(0).metres()).isGreaterThan(answer.legs().get(1).metres());
        assertThat(answer.legs().get(2).duration()).isEqualTo(Duration.ZERO);
        assertThat(answer.legs().get(2).metres()).isZero();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void oneToManyAnswersEqualPointToPointRoutes(long seed) {
        Random random = new Random(seed);
        GeoPoint incident = randomPointOnLand(random);
        List<GeoPoint> units = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            units.add(randomPointOnLand(random));
        }

        List<TravelLeg> toIncident = roads.toDestination(incident, units).legs();
        List<TravelLeg> fromIncident = roads.fromOrigin(incident, units).legs();

        for (int i = 0; i < units.size(); i++) {
            assertSameTravel(toIncident.get(i), roads.route(units.get(i), incident), "unit " + i + " to incident", true);
            assertSameTravel(fromIncident.get(i), roads.route(incident, units.get(i)), "incident to unit " + i, false);
        }
        assertThat(toIncident).filteredOn(TravelLeg::reachable).hasSizeGreaterThan(25);
    }

    @Test
    void aDestinationFarFromAnyRoadIsRefusedNamingTheDistance() {
        assertThatThrownBy(() -> roads.toDestination(LAKE_MALAREN, List.of(SODERSJUKHUSET)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("destination");
                    assertThat(e.reason()).containsPattern("lies \\d+ m from the nearest drivable road")
                            .contains("at most 500 m");
                });
        assertThatThrownBy(() -> roads.fromOrigin(LAKE_MALAREN, List.of(SODERSJUKHUSET)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("origin"));
    }

    @Test
    void aUnitFarFromAnyRoadIsUnreachableWithItsSnapDistanceWhileTheOthersAreAnswered() {
        TravelTimeAnswer answer = roads.toDestination(ODENPLAN, List.of(SODERSJUKHUSET, LAKE_MALAREN, SANKT_GORAN));

        assertThat(answer.legs().get(0).reachable()).isTrue();
        assertThat(answer.legs().get(2).reachable()).isTrue();
        TravelLeg far = answer.legs().get(1);
        assertThat(far.reachable()).isFalse();
        assertThat(far.snapMetres()).isGreaterThan(500);
        assertThat(answer.method()).contains("1 of 3 origins lie more than 500 m from a road");
    }

    @Test
    void aPositionOutsideTheExtractHasNoRoadAtAll() {
        GeoPoint gothenburg = new GeoPoint(57.7089, 11.9746);

        assertThatThrownBy(() -> roads.toDestination(gothenburg, List.of(ODENPLAN)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("destination: ");
        TravelLeg leg = roads.toDestination(ODENPLAN, List.of(gothenburg)).legs().getFirst();
        assertThat(leg.reachable()).isFalse();
        assertThat(leg.snapMetres()).isGreaterThan(500);
    }

    @Test
    void missingInputsNameTheField() {
        assertThatThrownBy(() -> roads.toDestination(null, List.of(ODENPLAN)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("destination"));
        assertThatThrownBy(() -> roads.fromOrigin(ODENPLAN, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("destinations"));
        assertThatThrownBy(() -> roads.toDestination(ODENPLAN, java.util.Arrays.asList(SODERSJUKHUSET, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("origins[1]"));
    }

    @Test
    void anEmptyListGivesAnEmptyAnswer() {
        assertThat(roads.toDestination(ODENPLAN, List.of()).legs()).isEmpty();
    }

    /**
     * A random point within 200 m of a road inside the extract's bounds (17.967-18.152 E, 59.287-59.382 N):
     * GraphHopper's router refuses points outside the bounds, the one-to-many search does not.
     */
    static GeoPoint randomPointOnLand(Random random) {
        while (true) {
            GeoPoint point = new GeoPoint(59.290 + random.nextDouble() * 0.090, 17.970 + random.nextDouble() * 0.180);
            TravelLeg probe = StockholmRoads.get().toDestination(ODENPLAN, List.of(point)).legs().getFirst();
            if (probe.snapMetres() < 200) {
                return point;
            }
        }
    }

    /** Compares two answers; the snap distance only when both are about the same point (the route's start). */
    private static void assertSameTravel(TravelLeg oneToMany, TravelLeg pointToPoint, String what, boolean sameSnappedPoint) {
        assertThat(oneToMany.reachable()).as(what + " reachable").isEqualTo(pointToPoint.reachable());
        if (pointToPoint.reachable()) {
            assertThat((double) oneToMany.duration().toMillis()).as(what + " milliseconds")
                    .isCloseTo(pointToPoint.duration().toMillis(), within(5.0));
            assertThat(oneToMany.metres()).as(what + " metres").isCloseTo(pointToPoint.metres(), within(1.0));
            if (sameSnappedPoint) {
                assertThat(oneToMany.snapMetres()).as(what + " snap").isCloseTo(pointToPoint.snapMetres(), within(1.0));
            }
        }
    }
}
