package se.larmcentral.cli.crisis;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.contract.ContractViews;
import se.larmcentral.cli.JsonOutput;
import se.larmcentral.cli.OfflineCentre;

import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * {@code larm crisis contract}: the stored centre's regional contract as JSON (what GET /api/crisis/contract answers):
 * terms, end instant, days left, the reminder due, extensions, the incidents handed over.
 */
@Command(name = "contract", mixinStandardHelpOptions = true,
        description = {"Print the regional ambulance-care contract of the stored centre as JSON: its terms, end"
                + " (the last day's 24:00, Europe/Stockholm), days left, the reminder due, the extensions recorded and"
                + " the incidents handed over at its end.",
                "Example: larm crisis contract --at 2016-10-31T23:00:00+01:00"})
public final class ContractCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ContractOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Instant when = options.instant();
        try (Centre centre = OfflineCentre.open(OfflineCentre.settings(options.config))) {
            JsonOutput.print(spec, centre.read(state -> ContractViews.all(state, when)));
        }
        return 0;
    }
}
