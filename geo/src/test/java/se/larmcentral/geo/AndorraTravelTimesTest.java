package se.larmcentral.geo;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.GeoPoint;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A second real extract, a whole (small) country, through the same import and search. */
class AndorraTravelTimesTest {

    @Test
    void andorraLaVellaToEncampIsReachableByRoad() {
        GeoPoint andorraLaVella = new GeoPoint(42.5063, 1.5218);
        GeoPoint encamp = new GeoPoint(42.5347, 1.5800);
        try (RoadNetworkTravelTimes roads = RoadNetworkTravelTimes.open(
                RoadNetworkConfig.of(SharedData.andorra(), StockholmRoads.CACHE), line -> { })) {
            TravelLeg leg = roads.toDestination(encamp, List.of(andorraLaVella)).legs().getFirst();

            assertThat(roads.loadReport().nodes()).isGreaterThan(1_000);
            assertThat(leg.reachable()).isTrue();
            assertThat(leg.metres()).isBetween(andorraLaVella.distanceMetresTo(encamp), 12_000.0);
            assertThat(leg.duration()).isEqualTo(roads.route(andorraLaVella, encamp).duration());
        }
    }
}
