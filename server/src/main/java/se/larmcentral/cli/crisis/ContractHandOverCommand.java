package se.larmcentral.cli.crisis;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.larmcentral.centre.Centre;
import se.larmcentral.cli.JsonOutput;
import se.larmcentral.cli.OfflineCentre;
import se.larmcentral.config.ExchangeSettings;
import se.larmcentral.config.Settings;
import se.larmcentral.eido.ContractHandOver;
import se.larmcentral.eido.EidoExchange;

import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * {@code larm crisis contract-hand-over COUNTY}: the EIDO documents of the incidents handed over at the end of the
 * county's contract, from the stored centre (what GET /api/crisis/contract/{countyCode}/hand-over answers).
 */
@Command(name = "contract-hand-over", mixinStandardHelpOptions = true,
        description = {"Print the EIDO documents (NENA-STA-021.1 JSON) of the incidents the stored centre handed over at"
                + " the end of the county's ambulance-care contract, to give the receiving party: each checked against"
                + " NENA's schema (setting exchange.eidoSchema), each naming the receiver and the end in its notes."
                + " Nothing is recorded.",
                "Example: larm crisis contract-hand-over 01 --config larmcentral.yaml"})
public final class ContractHandOverCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "COUNTY", description = "the county's two-digit SCB code, e.g. 01")
    String countyCode;

    @CommandLine.Mixin
    ContractOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Instant when = options.instant();
        Settings settings = OfflineCentre.settings(options.config);
        EidoExchange eido = ExchangeSettings.eido(settings.exchange());
        eido.schema(); // a missing schema file is said before the centre is opened
        String by = OfflineCentre.user().id();
        try (Centre centre = OfflineCentre.open(settings)) {
            JsonOutput.print(spec, centre.read(state -> ContractHandOver.of(eido, state, countyCode, by, when)).checked(eido));
        }
        return 0;
    }
}
