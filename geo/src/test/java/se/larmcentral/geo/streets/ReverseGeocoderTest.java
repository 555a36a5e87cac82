package se.larmcentral.geo.streets;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.GeoPoint;

import static org.assertj.core.api.Assertions.assertThat;

class ReverseGeocoderTest {

    private final ReverseGeocoder gamlaStan = new ReverseGeocoder(OsmMapReader.read(AddressSearchTest.gamlaStanFile()));

    @Test
    void theNearestAddressWithinReach() {
        AddressAt at = gamlaStan.at(new GeoPoint(59.32975, 18.06822));

        assertThat(at.address()).hasValueSatisfying(near -> {
            assertThat(near.thing().label()).isEqualTo("Drottninggatan 1, 111 51 Stockholm");
            assertThat(near.metres()).isLessThan(10);
        });
        assertThat(at.street()).isEmpty();
    }

    @Test
    void elseTheNearestStreetAndPlace() {
        // On Götgatan near its southern end, 190 m from number 9.
        AddressAt at = gamlaStan.at(new GeoPoint(59.3153, 18.07290));

        assertThat(at.address()).isEmpty();
        assertThat(at.street()).hasValueSatisfying(near -> {
            assertThat(near.thing()).isEqualTo("Götgatan");
            assertThat(near.metres()).isLessThan(20);
        });
        assertThat(at.place()).hasValueSatisfying(near -> assertThat(near.thing().name()).isEqualTo("Södermalm"));
    }

    @Test
    void nothingNearIsNothing() {
        AddressAt at = gamlaStan.at(new GeoPoint(59.40, 18.30));

        assertThat(at.address()).isEmpty();
        assertThat(at.street()).isEmpty();
        assertThat(at.place()).isEmpty();
    }

    @Test
    void aRealAddressOfNorrmalm() {
        ReverseGeocoder norrmalm = new ReverseGeocoder(Extracts.read(Extracts.norrmalm()));

        AddressAt at = norrmalm.at(new GeoPoint(59.3349804, 18.0605074));

        assertThat(at.address()).hasValueSatisfying(near -> assertThat(near.thing().label()).startsWith("Drottninggatan 78"));
        assertThat(at.place()).isPresent();
    }
}
