package se.larmcentral.cli.dispatch;

import se.larmcentral.cli.JsonOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.HospitalCapability;
import se.larmcentral.dispatch.Recommender;
import se.larmcentral.config.Settings;
import se.larmcentral.centre.dispatch.DispatchAdvice;
import se.larmcentral.centre.dispatch.DispatchViews;
import se.larmcentral.server.RoadTravelTimes;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code larm dispatch hospital --from LAT,LON [--capability C]}: the nearest suitable hospital by road and the
 * alternatives, as JSON (travel-time set-up and import progress on standard error).
 */
@Command(name = "hospital", mixinStandardHelpOptions = true,
        description = {"Print the nearest hospital by road that takes the capability needed, with the alternatives, as JSON.",
                "Uses the stored centre's hospitals when it has a fleet, else the Stockholm demo fleet's."})
public final class HospitalCommand implements Callable<Integer> {

    /** What is printed. */
    public record Output(String fleet, GeoPoint from, HospitalCapability capability, DispatchViews.HospitalChoice choice) {
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "LAT,LON", description = "the patient's position")
    String from;

    @Option(names = "--capability", defaultValue = "ADULT",
            description = "ADULT, CHILDREN or INTENSIVE_CARE (default ${DEFAULT-VALUE})")
    String capability;

    @Option(names = "--config", paramLabel = "FILE", description = "the centre's settings (default: the demo's)")
    Path config;

    @Override
    public Integer call() {
        GeoPoint position = position();
        HospitalCapability needed = capability();
        Settings settings = CliSettings.load(config);
        DispatchAdvice advice = new DispatchAdvice(
                RoadTravelTimes.open(settings.geo(), spec.commandLine().getErr()::println), new Recommender());
        FleetSource.Answered<DispatchViews.HospitalChoice> answered = FleetSource.query(settings,
                java.time.Instant.now(), state -> advice.hospital(DispatchAdvice.of(state), "--from", position, needed));
        JsonOutput.print(spec, new Output(answered.fleet(), position, needed, answered.answer()));
        return 0;
    }

    private GeoPoint position() {
        try {
            return GeoPoint.parse("--from", from);
        } catch (InvalidInputException e) {
            throw "--from".equals(e.field()) ? e : new InvalidInputException("--from", e.reason());
        }
    }

    private HospitalCapability capability() {
        try {
            return HospitalCapability.valueOf(capability.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--capability", "must be one of "
                    + Arrays.toString(HospitalCapability.values()) + ", was '" + capability + "'");
        }
    }
}
