package se.larmcentral.server.dispatch;


import se.larmcentral.server.RoadTravelTimes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.config.InvalidSettingException;
import se.larmcentral.config.Settings;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the server sets up travel times: setting names in errors, and which part of the fleet the extract covers. */
class DispatchTravelTimesSetupTest {

    @TempDir
    Path dir;

    @Test
    void aBadGeoSettingIsReportedUnderTheSettingsNameNotTheGeoModulesField() {
        Settings.Geo missingExtract = new Settings.Geo(dir.resolve("missing.osm.pbf").toString(), dir.resolve("cache"), null, 5000, java.util.List.of(), 500);
        assertThatThrownBy(() -> RoadTravelTimes.open(missingExtract, line -> { }))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("setting 'geo.osmExtract': no readable file at");

        String extract = DispatchCentre.roadNetwork().get("LARM_GEO_OSM_EXTRACT");
        Settings.Geo badSnap = new Settings.Geo(extract, dir.resolve("cache"), null, 5000, java.util.List.of(), -1);
        assertThatThrownBy(() -> RoadTravelTimes.open(badSnap, line -> { }))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("setting 'geo.maxSnapMetres':");
    }

    @Test
    void theDemoSaysAtStartUpWhichPartOfTheFleetLiesOutsideTheExtract() {
        PrintStream original = System.out;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        DispatchCentre centre;
        try {
            centre = new DispatchCentre(dir, DispatchCentre.roadNetwork());
        } finally {
            System.setOut(original);
        }
        try (centre) {
            String text = console.toString(StandardCharsets.UTF_8);
            assertThat(text).containsPattern("fleet coverage: \\d+ of 31 stations \\(\\d+ of 91 units\\) and \\d+ of 7"
                    + " hospitals lie outside the road network of stockholm-inner-2020.osm.pbf")
                    .contains("ESTIMATED").contains("Stations outside: ");
        }
    }
}
