package se.larmcentral.cli.dispatch;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.larmcentral.centre.Centre;
import se.larmcentral.cli.JsonOutput;
import se.larmcentral.cli.OfflineCentre;
import se.larmcentral.config.ExchangeSettings;
import se.larmcentral.config.Settings;
import se.larmcentral.eido.EidoExchange;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

/** {@code larm dispatch export-eido ID}: one incident of the stored centre as an EIDO document (read only). */
@Command(name = "export-eido", mixinStandardHelpOptions = true,
        description = {"Print an incident of the stored centre as a NENA EIDO document (NENA-STA-021.1 JSON): its calls,"
                + " caller position, assessment, units with their times and its history as notes, checked against NENA's"
                + " schema (setting exchange.eidoSchema; empty: ../shared/data/eido/openapi.yaml). Nothing is recorded.",
                "Example: larm dispatch export-eido INC-C-1"})
public final class ExportEidoCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "the incident's id")
    String incidentId;

    @Option(names = "--config", paramLabel = "FILE", description = "settings file (YAML) naming the stored centre; default the demo's ./data")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = OfflineCentre.settings(config);
        EidoExchange eido = ExchangeSettings.eido(settings.exchange());
        eido.schema(); // a missing schema file is said before the centre is opened
        String by = OfflineCentre.user().id();
        Instant now = Instant.now();
        try (Centre centre = OfflineCentre.open(settings)) {
            JsonOutput.print(spec, centre.read(state -> eido.export(state, incidentId, by, now)));
        }
        return 0;
    }
}
