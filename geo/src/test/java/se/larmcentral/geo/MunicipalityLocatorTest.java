package se.larmcentral.geo;

import org.junit.jupiter.api.BeforeAll;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.geo.file.MunicipalityGeoJson;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Against SCB's boundaries of all 290 municipalities ({@code ../shared/data/geo/kommuner.geojson}). */
class MunicipalityLocatorTest {

    static MunicipalityLocator locator;

    @BeforeAll
    static void load() {
        locator = new MunicipalityLocator(MunicipalityGeoJson.read(SharedData.municipalities()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Stockholm city centre (Sergels torg),   59.3326, 18.0649, 0180, Stockholm",
            "Södersjukhuset,                         59.3098, 18.0519, 0180, Stockholm",
            "Södertälje centre,                      59.1955, 17.6253, 0181, Södertälje",
            "Norrtälje centre,                       59.7580, 18.7049, 0188, Norrtälje",
            "Karolinska Huddinge,                    59.2220, 17.9380, 0126, Huddinge",
            "Danderyds sjukhus,                      59.3915, 18.0420, 0162, Danderyd",
            "Göteborg centre,                        57.7072, 11.9668, 1480, Göteborg",
            "Kiruna centre,                          67.8558, 20.2253, 2584, Kiruna"})
    void aPositionLiesInItsMunicipality(String place, double lat, double lon, String code, String name) {
        assertThat(locator.locate(new GeoPoint(lat, lon))).contains(new Municipality(code, name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "the Baltic between Sweden and Finland, 59.8000, 20.0000",
            "Oslo,                                  59.9139, 10.7522",
            "Helsinki,                              60.1699, 24.9384"})
    void aPositionAtSeaOrAbroadHasNoMunicipality(String place, double lat, double lon) {
        assertThat(locator.locate(new GeoPoint(lat, lon))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Stortorget in Gamla stan,     59.3250, 18.0700, 0180, 3000",
            "Strömmen by the Opera,        59.3290, 18.0720, 0180, 3000",
            "Djurgården (Skansen),         59.3260, 18.1030, 0180, 3000",
            "Sandhamn in the archipelago,  59.2870, 18.9120, 0120, 8000",
            "Möja in the archipelago,      59.4210, 18.8830, 0120, 3000",
            "Saltsjöbaden harbour,         59.2790, 18.3120, 0182, 3000"})
    void aPlaceTheGeneralisedBoundariesLeaveOutGetsTheNearestMunicipality(String place, double lat, double lon, String code,
                                                                        double within) {
        MunicipalityLocator.Nearest nearest = locator.nearest(new GeoPoint(lat, lon), within).orElseThrow();
        assertThat(nearest.municipality().code()).isEqualTo(code);
        assertThat(nearest.metres()).isLessThan(within);
    }

    @Test
    void nearestIsZeroInsideAndEmptyFarOut() {
        assertThat(locator.nearest(new GeoPoint(59.3326, 18.0649), 3_000)).map(MunicipalityLocator.Nearest::metres).contains(0.0);
        assertThat(locator.nearest(new GeoPoint(59.8000, 20.0000), 3_000)).isEmpty();
        assertThat(locator.nearest(new GeoPoint(59.9139, 10.7522), 3_000)).as("Oslo").isEmpty();
    }

    @Test
    void allMunicipalitiesAreLoaded() {
        assertThat(locator.size()).isEqualTo(290);
    }

    @Test
    void aHoleInAPolygonIsNotPartOfIt() {
        GeometryFactory factory = new GeometryFactory();
        Polygon ringShaped = factory.createPolygon(
                factory.createLinearRing(square(0, 0, 10)), new LinearRing[] {
                        factory.createLinearRing(square(4, 4, 2))});
        MunicipalityLocator ring = new MunicipalityLocator(List.of(
                new MunicipalityArea(new Municipality("9901", "Outer"), ringShaped),
                new MunicipalityArea(new Municipality("9902", "Inner"), factory.createPolygon(square(4, 4, 2)))));

        assertThat(ring.locate(new GeoPoint(1, 1))).map(Municipality::code).isEqualTo(Optional.of("9901"));
        assertThat(ring.locate(new GeoPoint(5, 5))).map(Municipality::code).isEqualTo(Optional.of("9902"));
        assertThat(ring.locate(new GeoPoint(20, 20))).isEmpty();
    }

    private static Coordinate[] square(double x, double y, double side) {
        return new Coordinate[] {
                new Coordinate(x, y), new Coordinate(x + side, y),
                new Coordinate(x + side, y + side), new Coordinate(x, y + side),
                new Coordinate(x, y)};
    }
}
