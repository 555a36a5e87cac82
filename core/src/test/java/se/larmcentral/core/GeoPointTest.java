package se.larmcentral.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GeoPointTest {

    @Test
    void distanceBetweenSodersjukhusetAndOdenplanIsAboutFourKilometresAsTheCrowFlies() {
        GeoPoint sos = new GeoPoint(59.3098, 18.0519);
        GeoPoint odenplan = new GeoPoint(59.3429, 18.0498);
        assertThat(sos.distanceMetresTo(odenplan)).isCloseTo(3690, within(50.0));
    }

    @Test
    void refusesOutOfRangeCoordinatesNamingTheField() {
        assertThatThrownBy(() -> new GeoPoint(91, 18)).hasMessageStartingWith("lat:");
        assertThatThrownBy(() -> GeoPoint.parse("at", "59.3;18.0")).hasMessageStartingWith("at:");
    }

    @Test
    void parsesLatitudeFirst() {
        assertThat(GeoPoint.parse("at", " 59.3 , 18.05")).isEqualTo(new GeoPoint(59.3, 18.05));
    }
}
