package se.larmcentral.cli.crisis;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.contract.ContractViews;
import se.larmcentral.cli.JsonOutput;
import se.larmcentral.cli.OfflineCentre;
import se.larmcentral.core.SwedishTime;

import java.nio.file.Path;
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

    @Option(names = "--at", paramLabel = "WHEN", description = "as at this instant with offset (default now)")
    String at;

    @Option(names = "--config", paramLabel = "FILE", description = "settings file (YAML) naming the stored centre and its contract; default the demo's ./data")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Instant when = at == null ? Instant.now() : SwedishTime.parseInstant("--at", at);
        try (Centre centre = OfflineCentre.open(OfflineCentre.settings(config))) {
            JsonOutput.print(spec, centre.read(state -> ContractViews.all(state, when)));
        }
        return 0;
    }
}
