package se.larmcentral.cli.dispatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.Recommendation;
import se.larmcentral.dispatch.Recommender;
import se.larmcentral.dispatch.UnitType;
import se.larmcentral.journal.EventCodec;
import se.larmcentral.config.Settings;
import se.larmcentral.centre.dispatch.DispatchAdvice;
import se.larmcentral.server.RoadTravelTimes;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code larm dispatch recommend --at LAT,LON --priority 1}: the ranked candidates as JSON on standard output (the
 * travel-time set-up and import progress go to standard error, so the output stays valid JSON).
 */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = {"Rank the units that could go to a position at a priority, as JSON.",
                "Uses the stored centre's fleet when it has one, else the Stockholm demo fleet; the output says which."})
public final class RecommendCommand implements Callable<Integer> {

    /** What is printed: the fleet used and the recommendation. */
    public record Output(String fleet, GeoPoint at, int priority, UnitType type, Recommendation recommendation) {
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--at", required = true, paramLabel = "LAT,LON", description = "the incident's position")
    String at;

    @Option(names = "--priority", required = true, description = "1 (life-threatening) to 4")
    int priority;

    @Option(names = "--type", defaultValue = "AMBULANCE",
            description = "unit type needed: AMBULANCE, INTENSIVE_CARE_AMBULANCE, PHYSICIAN_CAR, HELICOPTER, PATIENT_TRANSPORT (default ${DEFAULT-VALUE})")
    String type;

    @Option(names = "--config", paramLabel = "FILE", description = "the centre's settings (default: the demo's)")
    Path config;

    @Override
    public Integer call() throws Exception {
        GeoPoint position = position();
        UnitType needed = unitType();
        if (priority < 1 || priority > 4) {
            throw new InvalidInputException("--priority", "must be 1, 2, 3 or 4, was " + priority);
        }
        Settings settings = CliSettings.load(config);
        DispatchAdvice advice = new DispatchAdvice(
                RoadTravelTimes.open(settings.geo(), spec.commandLine().getErr()::println), new Recommender());
        Instant now = Instant.now();
        FleetSource.Answered<Recommendation> answered = FleetSource.query(settings, now,
                state -> advice.at(DispatchAdvice.of(state), "--at", position, priority, needed, now));
        ObjectMapper json = EventCodec.newObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        spec.commandLine().getOut().println(json.writeValueAsString(
                new Output(answered.fleet(), position, priority, needed, answered.answer())));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private GeoPoint position() {
        try {
            return GeoPoint.parse("--at", at);
        } catch (InvalidInputException e) {
            throw "--at".equals(e.field()) ? e : new InvalidInputException("--at", e.reason());
        }
    }

    private UnitType unitType() {
        try {
            return UnitType.valueOf(type.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--type", "must be one of " + java.util.Arrays.toString(UnitType.values())
                    + ", was '" + type + "'");
        }
    }
}
