package se.larmcentral.cli.calls;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.larmcentral.centre.calls.CallViews.CallView;
import se.larmcentral.cli.CentreReads;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

/** {@code larm calls show ID}: one call as GET /api/calls/{callId} gives it, as JSON. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"One call of the stored centre as JSON: its transitions, classification, positions, municipality,"
                + " waiting and answer time (asked of the running centre when one runs)."})
public final class ShowCallCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CALL_ID", description = "the call's id")
    String callId;

    @Option(names = "--config", paramLabel = "FILE", description = "the centre's settings (default: the demo's)")
    Path config;

    @Override
    public Integer call() {
        Instant now = Instant.now();
        CentreReads.print(spec, config, "/api/calls/" + CentreReads.segment(callId), CentreReads.query(),
                centre -> centre.loop().read(s -> CallView.of(s, callId.strip(), now)));
        return 0;
    }
}
