package se.larmcentral.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.core.InvalidInputException;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoadNetworkConfigTest {

    @TempDir
    Path folder;

    @Test
    void aMissingExtractTellsWhichFileToDownload() {
        Path missing = folder.resolve("sweden-latest.osm.pbf");

        assertThatThrownBy(() -> RoadNetworkConfig.of(missing, folder))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("osmExtract");
                    assertThat(e.reason()).contains(missing.toAbsolutePath().toString(),
                            "https://download.geofabrik.de/europe/sweden-latest.osm.pbf");
                });
    }

    @Test
    void badSettingsAreNamed() {
        RoadNetworkConfig config = HandMadeNetwork.config(folder);

        assertThatThrownBy(() -> config.withMaxSnapMetres(0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("maxSnapMetres"));
        assertThatThrownBy(() -> config.withMaxSnapMetres(Double.NaN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("maxSnapMetres"));
        assertThatThrownBy(() -> config.withMinNetworkSize(-1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("minNetworkSize"));
        assertThatThrownBy(() -> new RoadNetworkConfig(config.osmExtract(), null, 500, 200, RoadSpeeds.DEFAULT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("graphCacheFolder"));
        assertThatThrownBy(() -> config.withSpeeds(null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("speeds"));
    }

    @Test
    void badSpeedsNameTheSettingAndTheRange() {
        RoadNetworkConfig config = HandMadeNetwork.config(folder);
        RoadSpeeds.Factors zeroMotorway = new RoadSpeeds.Factors(0, 1.15, 1.2, 1.2, 1.15, 1.1, 1.0, 0.5);

        assertThatThrownBy(() -> config.withSpeeds(new RoadSpeeds(50, 70, 130, 400, 6000, zeroMotorway)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("speeds.factors.motorway");
                    assertThat(e.reason()).isEqualTo("must be between 0.1 and 3, was 0");
                });
        assertThatThrownBy(() -> config.withSpeeds(new RoadSpeeds(Double.NaN, 70, 130, 400, 6000, RoadSpeeds.Factors.DEFAULT)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("speeds.urbanLimitKmh"));
        assertThatThrownBy(() -> config.withSpeeds(new RoadSpeeds(50, 70, 400, 400, 6000, RoadSpeeds.Factors.DEFAULT)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.reason()).contains("between 5 and 250 km/h, was 400"));
        assertThatThrownBy(() -> config.withSpeeds(new RoadSpeeds(50, 70, 130, 400, 6000, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("speeds.factors"));
    }

    @Test
    void theDefaultsAreFiveHundredMetresAndTwoHundredNodes() {
        RoadNetworkConfig config = RoadNetworkConfig.of(HandMadeNetwork.copyTo(folder), folder);

        assertThat(config.maxSnapMetres()).isEqualTo(500);
        assertThat(config.minNetworkSize()).isEqualTo(200);
        assertThat(config.extractName()).isEqualTo("one-way-ring");
    }

    @Test
    void aFileThatIsNotOsmFailsTheImportNamingTheFile() throws Exception {
        Path notOsm = java.nio.file.Files.writeString(folder.resolve("region.osm.pbf"), "not a pbf file");

        assertThatThrownBy(() -> RoadNetworkTravelTimes.open(RoadNetworkConfig.of(notOsm, folder.resolve("cache")), line -> { }))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("osmExtract");
                    assertThat(e.reason()).contains("import of " + notOsm + " failed");
                });
    }
}
