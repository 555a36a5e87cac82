package se.larmcentral.server.console;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.config.InvalidSettingException;
import se.larmcentral.config.Settings;
import se.larmcentral.config.SettingsLoader;
import se.larmcentral.server.OfflineMaps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The offline map from the settings: none without an extract, the index under dataDir, a bad file named by its setting. */
class OfflineMapsTest {

    @TempDir
    Path dir;

    @Test
    void withoutAnExtractThereIsNoMapAndTheConsoleSaysSo() {
        List<String> lines = new ArrayList<>();
        assertThat(OfflineMaps.open(settings(Map.of()), lines::add)).isEmpty();
        assertThat(lines).containsExactly("map: no streets or address search (geo.osmExtract is not set)");
    }

    @Test
    void theExtractIsReadAndItsSearchIndexKeptUnderTheDataFolder() {
        Path extract = ConsoleCentre.sharedFile("osm/stockholm-norrmalm-2019.osm.gz");
        List<String> lines = new ArrayList<>();
        try (var map = OfflineMaps.open(settings(Map.of("LARM_GEO_OSM_EXTRACT", extract.toString())), lines::add).orElseThrow()) {
            assertThat(map.search("Sveavägen 68", 1)).singleElement().satisfies(hit -> assertThat(hit.label()).startsWith("Sveavägen 68"));
        }
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("map: ").contains("1006 addresses"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("address search: indexed"));
        assertThat(dir.resolve("data/map-cache")).isDirectory();
    }

    @Test
    void anExtractThatCannotBeReadStopsStartUpNamingTheSetting() throws Exception {
        Path garbage = Files.writeString(dir.resolve("region.osm.pbf"), "not a map");
        assertThatThrownBy(() -> OfflineMaps.open(settings(Map.of("LARM_GEO_OSM_EXTRACT", garbage.toString())), line -> { }))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("setting 'geo.osmExtract': cannot read")
                .hasMessageNotContaining("Exception");
    }

    private Settings settings(Map<String, String> extra) {
        Map<String, String> environment = new java.util.HashMap<>(extra);
        environment.put("LARM_DATA_DIR", dir.resolve("data").toString());
        return SettingsLoader.load(null, environment);
    }
}
