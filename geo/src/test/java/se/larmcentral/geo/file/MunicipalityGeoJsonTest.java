package se.larmcentral.geo.file;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.geo.Municipality;
import se.larmcentral.geo.MunicipalityArea;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MunicipalityGeoJsonTest {

    private static final String SQUARE = "[[[18.0,59.0],[18.1,59.0],[18.1,59.1],[18.0,59.1],[18.0,59.0]]]";

    @TempDir
    Path folder;

    @Test
    void readsPolygonsAndMultiPolygonsWithTheirCodesAndNames() throws IOException {
        Path file = write("""
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"kommun_kod":"0180","kommun":"Stockholm"},
                  "geometry":{"type":"Polygon","coordinates":%s}},
                 {"type":"Feature","properties":{"kommun_kod":"0188","kommun":"Norrtälje"},
                  "geometry":{"type":"MultiPolygon","coordinates":[%s,%s]}}]}
                """.formatted(SQUARE, SQUARE, SQUARE.replace("18.0", "19.0").replace("18.1", "19.1")));

        List<MunicipalityArea> areas = MunicipalityGeoJson.read(file);

        assertThat(areas).extracting(MunicipalityArea::municipality)
                .containsExactly(new Municipality("0180", "Stockholm"), new Municipality("0188", "Norrtälje"));
        assertThat(areas.get(1).area().getNumGeometries()).isEqualTo(2);
        assertThat(areas.get(0).area().getArea()).isEqualTo(0.01, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void aBadCodeIsNamedWithItsFeature() throws IOException {
        Path file = write(feature("180", "Stockholm", SQUARE));

        assertThatThrownBy(() -> MunicipalityGeoJson.read(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(file + ": features[0].properties.kommun_kod");
                    assertThat(e.reason()).contains("four-digit", "'180'");
                });
    }

    @Test
    void anUnclosedRingOrAWrongGeometryTypeIsNamed() throws IOException {
        Path open = write(feature("0180", "Stockholm", "[[[18.0,59.0],[18.1,59.0],[18.1,59.1],[18.0,59.1]]]"));
        Path point = write("""
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"kommun_kod":"0180","kommun":"Stockholm"},
                 "geometry":{"type":"Point","coordinates":[18.0,59.0]}}]}""");

        assertThatThrownBy(() -> MunicipalityGeoJson.read(open))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo(open + ": features[0].geometry.coordinates[0]"));
        assertThatThrownBy(() -> MunicipalityGeoJson.read(point))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(point + ": features[0].geometry.type");
                    assertThat(e.reason()).contains("'Point'");
                });
    }

    @Test
    void duplicateCodesMissingNamesAndBrokenJsonAreRefused() throws IOException {
        Path twice = write("{\"type\":\"FeatureCollection\",\"features\":[" + featureOnly("0180", "Stockholm") + ","
                + featureOnly("0180", "Stockholm igen") + "]}");
        Path nameless = write(feature("0180", " ", SQUARE));
        Path broken = write("{\"type\":\"FeatureCollection\",");

        assertThatThrownBy(() -> MunicipalityGeoJson.read(twice)).hasMessageContaining("features[1]").hasMessageContaining("appears twice");
        assertThatThrownBy(() -> MunicipalityGeoJson.read(nameless)).hasMessageContaining("features[0].properties.kommun: is missing");
        assertThatThrownBy(() -> MunicipalityGeoJson.read(broken)).hasMessageContaining("is not valid JSON");
        assertThatThrownBy(() -> MunicipalityGeoJson.read(folder.resolve("none.geojson")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("none.geojson").hasMessageContaining("cannot be read");
    }

    private String feature(String code, String name, String coordinates) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + featureWith(code, name, coordinates) + "]}";
    }

    private String featureOnly(String code, String name) {
        return featureWith(code, name, SQUARE);
    }

    private String featureWith(String code, String name, String coordinates) {
        return "{\"type\":\"Feature\",\"properties\":{\"kommun_kod\":\"" + code + "\",\"kommun\":\"" + name
                + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + coordinates + "}}";
    }

    private Path write(String json) throws IOException {
        return Files.writeString(Files.createTempFile(folder, "municipalities", ".geojson"), json);
    }
}
