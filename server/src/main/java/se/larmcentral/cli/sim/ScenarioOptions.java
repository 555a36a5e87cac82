package se.larmcentral.cli.sim;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.sim.Scenario;
import se.larmcentral.sim.file.ScenarioFileReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The options every sim command shares: the scenario, its length, the seed and the replications. */
final class ScenarioOptions {

    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "A scenario file (format in sim/README.md), or the name of a shipped one: stockholm-demo, auckland-jemss.")
    String scenario;

    @Option(names = "--days", defaultValue = "7", description = "Simulated days of calls (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the first replication (default ${DEFAULT-VALUE}); the same seed gives the same run.")
    long seed;

    @Option(names = "--replications", defaultValue = "1", description = "Independent replications (default ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--shared-data", description = "The shared reference data folder for 'shared-data/...' paths (default ../shared/data beside the repository).")
    Path sharedData;

    static Path home() {
        return Path.of(System.getProperty("larm.home", ".")).toAbsolutePath().normalize();
    }

    Duration length() {
        if (days < 1 || days > 3660) {
            throw new InvalidInputException("--days", "must be 1 to 3660, was " + days);
        }
        return Duration.ofDays(days);
    }

    int replications() {
        if (replications < 1 || replications > 1000) {
            throw new InvalidInputException("--replications", "must be 1 to 1000, was " + replications);
        }
        return replications;
    }

    Path file() {
        Path named = home().resolve("sim/scenarios").resolve(scenario + ".yaml");
        if (!scenario.contains("/") && !scenario.endsWith(".yaml") && Files.isRegularFile(named)) {
            return named;
        }
        Path file = Path.of(scenario);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("SCENARIO", "'" + scenario + "' is neither a file nor a shipped scenario"
                    + " (stockholm-demo, auckland-jemss)");
        }
        return file;
    }

    Scenario read(java.util.function.Consumer<String> progress) {
        Path shared = sharedData != null ? sharedData : home().resolveSibling("shared").resolve("data");
        return new ScenarioFileReader(shared, home().resolve("data/graph-cache"), progress).read(file());
    }

    String stem() {
        String name = file().getFileName().toString();
        return name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
    }
}
