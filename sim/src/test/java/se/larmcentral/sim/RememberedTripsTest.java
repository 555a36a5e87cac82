package se.larmcentral.sim;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.geo.TravelTimeAnswer;
import se.larmcentral.geo.TravelTimes;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedTripsTest {

    static final GeoPoint A = new GeoPoint(59.31, 18.05);
    static final GeoPoint B = new GeoPoint(59.35, 18.03);
    static final GeoPoint C = new GeoPoint(59.33, 18.07);

    /** Counts the questions that reach the road network. */
    static final class Counting implements TravelTimes {
        final AtomicInteger toDestination = new AtomicInteger();
        final AtomicInteger fromOrigin = new AtomicInteger();

        @Override
        public TravelTimeAnswer toDestination(GeoPoint destination, List<GeoPoint> origins) {
            toDestination.incrementAndGet();
            return TestScenarios.TRAVEL.toDestination(destination, origins);
        }

        @Override
        public TravelTimeAnswer fromOrigin(GeoPoint origin, List<GeoPoint> destinations) {
            fromOrigin.incrementAndGet();
            return TestScenarios.TRAVEL.fromOrigin(origin, destinations);
        }
    }

    @Test
    void aTripAskedBeforeIsAnsweredAsBeforeWithoutAskingAgain() {
        Counting roads = new Counting();
        RememberedTrips trips = new RememberedTrips(roads);
        TravelTimeAnswer first = trips.fromOrigin(A, List.of(B, C));
        assertThat(trips.fromOrigin(A, List.of(B, C))).isEqualTo(first).isEqualTo(TestScenarios.TRAVEL.fromOrigin(A, List.of(B, C)));
        assertThat(roads.fromOrigin).hasValue(1);
        trips.fromOrigin(A, List.of(C, B));
        trips.fromOrigin(B, List.of(B, C));
        assertThat(roads.fromOrigin).as("another order or origin is another question").hasValue(3);
    }

    @Test
    void theRecommendationsSearchIsAlwaysAsked() {
        Counting roads = new Counting();
        RememberedTrips trips = new RememberedTrips(roads);
        trips.toDestination(A, List.of(B, C));
        trips.toDestination(A, List.of(B, C));
        assertThat(roads.toDestination).hasValue(2);
    }
}
