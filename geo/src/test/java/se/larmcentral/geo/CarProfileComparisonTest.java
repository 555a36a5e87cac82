package se.larmcentral.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20 item 10: beside GraphHopper's car profile on inner Stockholm, the emergency vehicle drives about the
 * same roads (distances within 15 %, median and p90) in less time, but at believable city speeds.
 */
class CarProfileComparisonTest {

    @Test
    void emergencyRoutesAreAboutTheCarsRoutesDrivenFasterButPlausibly() {
        CarProfileComparison.Result result = CarProfileComparison.compare(StockholmRoads.get(), StockholmRoads.CACHE, 300, 20);
        System.out.println("Emergency profile beside GraphHopper's car profile, inner Stockholm:");
        System.out.print(result.table());

        assertThat(result.pairs()).hasSize(300);
        assertThat(result.median(CarProfileComparison.Pair::distanceDifference)).isLessThan(0.15);
        assertThat(result.p90(CarProfileComparison.Pair::distanceDifference)).isLessThan(0.15);
        assertThat(result.median(CarProfileComparison.Pair::timeRatio)).as("faster than a car").isLessThan(0.95);
        assertThat(result.p90(CarProfileComparison.Pair::timeRatio)).as("faster than a car on nearly every route").isLessThan(1.0);
        assertThat(result.median(CarProfileComparison.Pair::timeRatio)).as("but not implausibly").isGreaterThan(0.5);
        assertThat(result.p90(CarProfileComparison.Pair::emergencyKmh)).as("city speeds").isLessThan(70);
    }
}
