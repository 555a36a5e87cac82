package se.larmcentral.cli.dispatch;

import se.larmcentral.config.Settings;
import se.larmcentral.config.SettingsLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The settings a dispatch or data tool runs with: {@code --config FILE} when given, else those of {@code ./larm demo}
 * (storage under the repository's {@code ./data}, the inner-Stockholm extract from {@code ../shared/data} when present).
 */
public final class CliSettings {

    private CliSettings() {
    }

    static Path home() {
        return Path.of(System.getProperty("larm.home", ".")).toAbsolutePath().normalize();
    }

    public static Settings load(Path config) {
        if (config != null) {
            return SettingsLoader.load(config, System.getenv());
        }
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.putIfAbsent("LARM_DATA_DIR", home().resolve("data").toString());
        environment.putIfAbsent("LARM_GEO_GRAPH_CACHE", home().resolve("data/graph-cache").toString());
        Path extract = home().resolveSibling("shared").resolve("data/osm/stockholm-inner-2020.osm.pbf");
        if (Files.isRegularFile(extract)) {
            environment.putIfAbsent("LARM_GEO_OSM_EXTRACT", extract.toString());
        }
        return SettingsLoader.load(null, environment);
    }
}
