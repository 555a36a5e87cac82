package se.larmcentral.cli.dispatch;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.larmcentral.centre.dispatch.DispatchViews;
import se.larmcentral.cli.CentreReads;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code larm dispatch incident ID}: one incident as GET /api/dispatch/incidents/{incidentId} gives it. */
@Command(name = "incident", mixinStandardHelpOptions = true,
        description = {"One incident of the stored centre with its units and times, as JSON (asked of the running"
                + " centre when one runs)."})
public final class IncidentCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INCIDENT_ID", description = "the incident's id")
    String incidentId;

    @Option(names = "--config", paramLabel = "FILE", description = "the centre's settings (default: the demo's)")
    Path config;

    @Override
    public Integer call() {
        CentreReads.print(spec, config, "/api/dispatch/incidents/" + CentreReads.segment(incidentId), CentreReads.query(),
                centre -> centre.loop().read(s -> DispatchViews.IncidentView.of(
                        s.dispatch().requireIncident("incidentId", incidentId.strip()))));
        return 0;
    }
}
