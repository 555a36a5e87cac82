package se.larmcentral.geo;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EstimatedTravelTimesTest {

    private static final GeoPoint A = new GeoPoint(59.3000, 18.0000);
    /** 0.1 degrees of latitude north of A: 11,119.5 m. */
    private static final GeoPoint B = new GeoPoint(59.4000, 18.0000);

    @Test
    void straightLineTimesTheDetourFactorAtTheStatedSpeedAndSaysItIsAnEstimate() {
        TravelTimeAnswer answer = new EstimatedTravelTimes().toDestination(B, List.of(A, B));

        assertThat(answer.estimated()).isTrue();
        assertThat(answer.method()).isEqualTo("estimated: straight-line distance × 1.40 at 60 km/h (no road network configured)");
        TravelLeg leg = answer.legs().getFirst();
        assertThat(leg.reachable()).isTrue();
        assertThat(leg.metres()).isCloseTo(11_119.5 * 1.4, within(2.0));
        assertThat(leg.duration().toMillis()).isCloseTo(Math.round(11_119.5 * 1.4 / (60 / 3.6) * 1000), within(150L));
        assertThat(leg.snapMetres()).isZero();
        assertThat(answer.legs().get(1).duration()).isEqualTo(Duration.ZERO);
    }

    @Test
    void bothDirectionsAreTheSameAndTheFactorAndSpeedAreConfigurable() {
        EstimatedTravelTimes slow = new EstimatedTravelTimes(1.0, 36);

        TravelLeg there = slow.fromOrigin(A, List.of(B)).legs().getFirst();
        TravelLeg back = slow.toDestination(A, List.of(B)).legs().getFirst();

        assertThat(there).isEqualTo(back);
        assertThat(there.duration().toSeconds()).isCloseTo(1112L, within(1L));
        assertThat(slow.fromOrigin(A, List.of(B)).method()).contains("× 1.00 at 36 km/h");
    }

    @Test
    void badSettingsAndInputsAreNamed() {
        assertThatThrownBy(() -> new EstimatedTravelTimes(0.9, 60))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("detourFactor"));
        assertThatThrownBy(() -> new EstimatedTravelTimes(1.4, 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("speedKmh"));
        assertThatThrownBy(() -> new EstimatedTravelTimes().toDestination(null, List.of(A)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("destination"));
        assertThatThrownBy(() -> new EstimatedTravelTimes().fromOrigin(A, java.util.Arrays.asList(B, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("destinations[1]"));
    }
}
