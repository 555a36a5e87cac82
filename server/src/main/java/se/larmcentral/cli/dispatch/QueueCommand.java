package se.larmcentral.cli.dispatch;

import se.larmcentral.cli.JsonOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.larmcentral.dispatch.PendingQueue;
import se.larmcentral.centre.dispatch.DispatchViews;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

/** {@code larm dispatch queue}: the pending incidents by priority, then waiting time, as JSON (read only). */
@Command(name = "queue", mixinStandardHelpOptions = true,
        description = {"Print the pending queue (incidents with no unit, by priority, then longest waiting) as JSON.",
                "Uses the stored centre when it has a fleet, else the Stockholm demo fleet; the output says which."})
public final class QueueCommand implements Callable<Integer> {

    /** What is printed. */
    public record Output(String fleet, DispatchViews.PendingIncidents pending) {
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "the centre's settings (default: the demo's)")
    Path config;

    @Override
    public Integer call() {
        Instant now = Instant.now();
        FleetSource.Answered<DispatchViews.PendingIncidents> answered = FleetSource.query(CliSettings.load(config), now,
                state -> new DispatchViews.PendingIncidents(PendingQueue.at(state, now).stream()
                        .map(DispatchViews.QueuePlace::of).toList(), now));
        JsonOutput.print(spec, new Output(answered.fleet(), answered.answer()));
        return 0;
    }
}
