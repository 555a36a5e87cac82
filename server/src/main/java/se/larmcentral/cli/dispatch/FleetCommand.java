package se.larmcentral.cli.dispatch;

import se.larmcentral.cli.JsonOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.larmcentral.centre.dispatch.DispatchViews;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

/** {@code larm dispatch fleet}: the units with status, stations and hospitals, as JSON (read only). */
@Command(name = "fleet", mixinStandardHelpOptions = true,
        description = {"Print the fleet (units with status and time in status, stations, hospitals) as JSON.",
                "Uses the stored centre's fleet when it has one, else the Stockholm demo fleet; the output says which."})
public final class FleetCommand implements Callable<Integer> {

    /** What is printed. */
    public record Output(String fleet, DispatchViews.Fleet state) {
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "the centre's settings (default: the demo's)")
    Path config;

    @Override
    public Integer call() {
        Instant now = Instant.now();
        FleetSource.Answered<DispatchViews.Fleet> answered = FleetSource.query(CliSettings.load(config), now,
                state -> DispatchViews.Fleet.of(state, now));
        JsonOutput.print(spec, new Output(answered.fleet(), answered.answer()));
        return 0;
    }
}
