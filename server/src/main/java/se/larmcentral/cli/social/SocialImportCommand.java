package se.larmcentral.cli.social;


import se.larmcentral.centre.social.ConfigurationImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.larmcentral.core.DomainException;
import se.larmcentral.centre.Centre;
import se.larmcentral.cli.OfflineCentre;
import se.larmcentral.config.Settings;
import se.larmcentral.social.MunicipalityRegistry;
import se.larmcentral.social.file.MunicipalityRegistryFile;
import se.larmcentral.social.file.PlacedCommand;
import se.larmcentral.social.file.SocialConfigurationReader;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code larm social import FILE}: loads a social configuration file into the stored centre. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Load a social configuration file (format larm-social/1, YAML or JSON; see social/README.md)"
                + " into the stored centre: jours, rosters, agreements, direct numbers, policy rows.",
                "The whole file is checked, then stored as one command against what is stored: all of it or,"
                        + " on an error (which names its place in the file), nothing."})
public final class SocialImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the configuration file")
    Path file;

    @Option(names = "--config", paramLabel = "FILE", description = "settings file (YAML) naming the stored centre; default the demo's ./data")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Settings settings = OfflineCentre.settings(config);
        MunicipalityRegistry registry = MunicipalityRegistryFile.standard();
        Clock clock = Clock.systemUTC();
        List<PlacedCommand> commands;
        try {
            commands = SocialConfigurationReader.load(file, registry, clock.instant());
        } catch (DomainException e) {
            err.println("larm social import: " + file + ": " + e.getMessage() + "; nothing was stored");
            return 2;
        }
        try (Centre centre = OfflineCentre.openToWrite(settings)) {
            List<String> applied = new ConfigurationImport(centre).apply(commands, OfflineCentre.user());
            out.println("imported " + file + " into " + settings.dataDir() + ": " + applied.size() + " commands ("
                    + countsBySection(applied) + ")");
            return 0;
        } catch (ConfigurationImport.DoesNotFit e) {
            err.println("larm social import: " + file + " does not fit the stored state: " + e.getMessage()
                    + "; nothing was stored");
            return 2;
        }
    }

    /** {@code 7 jours, 2 rosters, 28 agreements}: how many commands each section of the file gave. */
    private static String countsBySection(List<String> places) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String place : places) {
            String section = place.endsWith(".roster") ? "rosters" : place.substring(0, place.indexOf('['));
            counts.merge(section, 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder();
        counts.forEach((section, n) -> text.append(text.isEmpty() ? "" : ", ").append(n).append(' ').append(section));
        return text.toString();
    }
}
