package se.larmcentral.cli.dispatch;

import se.larmcentral.cli.JsonOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.larmcentral.dispatch.FleetDefinition;
import se.larmcentral.dispatch.LoadFleet;
import se.larmcentral.dispatch.file.FleetFileReader;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CentreState;
import se.larmcentral.cli.OfflineCentre;
import se.larmcentral.config.Settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code larm dispatch import FILE [--config FILE]}: loads a fleet file into the stored centre (opened offline), as
 * the user running it, all or nothing. A bad file is refused naming the place in it; an id already registered is
 * refused naming it; nothing is stored either way.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Load a fleet file (format larmcentral-fleet/1) into the stored centre: stations, hospitals, units.",
                "All or nothing; a fleet whose ids are already registered is refused. The centre must not be running."})
public final class ImportCommand implements Callable<Integer> {

    /** What is printed. */
    public record Output(String file, String name, boolean illustrative, LoadFleet.Loaded loaded, String centre) {
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the fleet file (YAML)")
    Path file;

    @Option(names = "--config", paramLabel = "FILE", description = "the centre's settings (default: the demo's)")
    Path config;

    @Override
    public Integer call() {
        FleetDefinition fleet = FleetFileReader.read(file);
        Settings settings = CliSettings.load(config);
        try (Centre centre = OfflineCentre.openToWrite(settings)) {
            LoadFleet.Loaded loaded = centre.loop().execute(OfflineCentre.user(),
                    new LoadFleet(fleet).on(CentreState::dispatch), Duration.ofSeconds(30));
            JsonOutput.print(spec, new Output(file.toAbsolutePath().toString(), fleet.name(), fleet.illustrative(),
                    loaded, "stored centre under " + settings.dataDir()));
        }
        return 0;
    }
}
