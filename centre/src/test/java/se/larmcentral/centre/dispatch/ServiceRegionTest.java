package se.larmcentral.centre.dispatch;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.core.GeoPoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Stockholms län as a centre's region, over SCB's boundaries ({@code ../shared/data/geo/kommuner.geojson}). */
class ServiceRegionTest {

    static ServiceRegion stockholm;

    @BeforeAll
    static void boundaries() {
        Path file = Path.of(System.getProperty("larm.sharedData", "../shared/data"), "geo", "kommuner.geojson");
        if (!Files.isRegularFile(file)) {
            fail("missing " + file.toAbsolutePath() + ": the SCB municipality boundaries (see ../shared/data/README.md)");
        }
        stockholm = new ServiceRegion(Set.of("01"), MunicipalityLookup.fromGeoJson(file));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Sergels torg                     | 59.3326 | 18.0649 | ",
            "Stortorget (outside the polygon) | 59.3250 | 18.0700 | ",
            "Sandhamn in the archipelago      | 59.2870 | 18.9120 | ",
            "Göteborg                         | 57.7072 | 11.9668 | in 1480 Göteborg, outside the centre's region (county 01)",
            "the Baltic                       | 59.8000 | 20.0000 | at sea or abroad, outside the centre's region (county 01)",
            "Uppsala, the next county         | 59.8586 | 17.6389 | in 0380 Uppsala",
            "swapped Odenplan                 | 18.0498 | 59.3429 | latitude and longitude look swapped: 59.3429,18.0498 is in 0180 Stockholm"})
    void aPositionIsInTheRegionOrSaysWhereItIs(String place, double lat, double lon, String expected) {
        var outside = stockholm.outside(new GeoPoint(lat, lon));
        if (expected == null) {
            assertThat(outside).as(place).isEmpty();
        } else {
            assertThat(outside).as(place).hasValueSatisfying(reason -> assertThat(reason).contains(expected));
        }
    }

    @Test
    void allOfSwedenWhenNoCountyIsNamedAndNothingCheckedWithoutBoundaries() {
        ServiceRegion sweden = new ServiceRegion(Set.of(), stockholm.lookup());
        assertThat(sweden.outside(new GeoPoint(57.7072, 11.9668))).isEmpty();
        assertThat(sweden.outside(new GeoPoint(59.9139, 10.7522))).as("Oslo").isPresent();
        assertThat(ServiceRegion.unchecked().outside(new GeoPoint(59.9139, 10.7522))).isEmpty();
        assertThat(ServiceRegion.unchecked().checked()).isFalse();
    }
}
