package se.larmcentral.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.larmcentral.config.Settings;
import se.larmcentral.config.SettingsLoader;
import se.larmcentral.demo.DemoCallGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code larm demo}: a centre with embedded storage under the repository's {@code ./data} and the illustrative
 * Stockholm demo data. A second run reuses the stored state.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run a demo centre: embedded storage under ./data, Stockholm demo data (illustrative),",
                "the console's URL printed. A second run reuses the stored state; delete ./data to start over."})
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--port", description = "TCP port (default ${DEFAULT-VALUE})", defaultValue = "8112")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        Path home = Path.of(System.getProperty("larm.home", ".")).toAbsolutePath().normalize();
        Settings settings = SettingsLoader.load(null, environment(home, port, System.getenv()));
        return ServeCommand.run(settings, "Larmcentral demo");
    }

    /** The demo's settings as environment variables over the user's own (which win, except LARM_DEMO). */
    static Map<String, String> environment(Path home, int port, Map<String, String> user) {
        Map<String, String> environment = new HashMap<>(user);
        environment.putIfAbsent("LARM_DATA_DIR", home.resolve("data").toString());
        environment.put("LARM_DEMO", "true");
        environment.putIfAbsent("LARM_HTTP_PORT", Integer.toString(port));
        // 116 000 reports are handed over to the police in Sweden; the demo names them so a report can be finished.
        environment.putIfAbsent("LARM_CALLS_MISSING_CHILDREN_ORGANISATION", "Polisen (demo)");
        environment.putIfAbsent("LARM_CALLS_MISSING_CHILDREN_NUMBER", "077-114 14 00");
        environment.putIfAbsent("LARM_GEO_REGION_COUNTIES", "[\"01\"]"); // the demo serves Stockholms län
        // move-up advice by DMEXCLP over the demo's stations, demand where the demo's callers ring from
        environment.putIfAbsent("LARM_DISPATCH_MOVE_UP_POLICY", "dmexclp");
        environment.putIfAbsent("LARM_DISPATCH_MOVE_UP_DEMAND_AREA", DemoCallGenerator.AREA);
        Path shared = home.resolveSibling("shared").resolve("data");
        putIfPresent(environment, "LARM_GEO_OSM_EXTRACT", shared.resolve("osm/stockholm-inner-2020.osm.pbf"));
        putIfPresent(environment, "LARM_GEO_MUNICIPALITIES", shared.resolve("geo/kommuner.geojson"));
        return environment;
    }

    private static void putIfPresent(Map<String, String> environment, String name, Path file) {
        if (Files.isRegularFile(file)) {
            environment.putIfAbsent(name, file.toString());
        }
    }
}
