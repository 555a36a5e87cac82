package se.larmcentral.geo;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Road travel times inside the inner-Stockholm extract, estimates leg by leg outside it. */
class CoverageFallbackTravelTimesTest {

    private static final GeoPoint SODERSJUKHUSET = new GeoPoint(59.3098, 18.0519);
    private static final GeoPoint ODENPLAN = new GeoPoint(59.3428, 18.0496);
    /** Uppsala: far outside the inner-Stockholm extract. */
    private static final GeoPoint UPPSALA = new GeoPoint(59.8586, 17.6389);

    private final EstimatedTravelTimes estimate = new EstimatedTravelTimes();
    private final CoverageFallbackTravelTimes travel = new CoverageFallbackTravelTimes(StockholmRoads.get(), estimate);

    @Test
    void legsFromOutsideTheExtractAreEstimatedAndMarkedTheOthersGoByRoad() {
        TravelTimeAnswer answer = travel.toDestination(ODENPLAN, List.of(SODERSJUKHUSET, UPPSALA));

        TravelLeg byRoad = answer.legs().get(0);
        TravelLeg estimated = answer.legs().get(1);
        assertThat(byRoad.estimated()).isFalse();
        assertThat(byRoad).isEqualTo(StockholmRoads.get().toDestination(ODENPLAN, List.of(SODERSJUKHUSET)).legs().getFirst());
        assertThat(estimated.reachable()).isTrue();
        assertThat(estimated.estimated()).isTrue();
        assertThat(estimated).isEqualTo(estimate.toDestination(ODENPLAN, List.of(UPPSALA)).legs().getFirst());
        assertThat(answer.estimated()).as("not every leg is estimated").isFalse();
        assertThat(answer.method()).contains("road network", "1 of 2 origins lie outside the road network of "
                + "stockholm-inner-2020.osm.pbf", "ESTIMATED");
    }

    @Test
    void aQuestionAboutAPositionOutsideTheExtractIsEstimatedInsteadOfRefused() {
        TravelTimeAnswer answer = travel.fromOrigin(UPPSALA, List.of(SODERSJUKHUSET, ODENPLAN));

        assertThat(answer.estimated()).isTrue();
        assertThat(answer.legs()).allSatisfy(leg -> assertThat(leg.estimated()).isTrue());
        assertThat(answer.method()).startsWith("estimated: straight-line distance").contains("the origin lies outside");
        assertThat(travel.covers(UPPSALA)).isFalse();
        assertThat(travel.covers(ODENPLAN)).isTrue();
    }

    @Test
    void insideTheExtractAPositionFarFromARoadIsStillRefused() {
        // the south-east corner of the extract's area, about 600 m from the nearest road
        GeoPoint farFromRoads = new GeoPoint(59.2900, 18.1500);
        assertThat(travel.covers(farFromRoads)).as("inside the extract area %s", travel.road().coverageText()).isTrue();

        assertThatThrownBy(() -> travel.toDestination(farFromRoads, List.of(SODERSJUKHUSET)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("destination"));
    }
}
