package se.larmcentral.cli.geo;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.larmcentral.centre.dispatch.DispatchAdvice;
import se.larmcentral.cli.JsonOutput;
import se.larmcentral.cli.dispatch.CliSettings;
import se.larmcentral.config.Settings;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.Recommender;
import se.larmcentral.server.RoadTravelTimes;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code larm geo route --from LAT,LON --to LAT,LON}: the emergency vehicle's travel time and distance between two
 * points on the configured road network (the recommendation's own), as JSON; set-up progress on standard error.
 */
@Command(name = "route", mixinStandardHelpOptions = true,
        description = {"Print the road travel time and distance between two points for an emergency vehicle, as JSON,",
                "with the average speed; estimated from the straight line when no road network is configured."})
public final class RouteCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "LAT,LON", description = "where the vehicle starts")
    String from;

    @Option(names = "--to", required = true, paramLabel = "LAT,LON", description = "where it goes")
    String to;

    @Option(names = "--config", paramLabel = "FILE", description = "the centre's settings (default: the demo's)")
    Path config;

    @Override
    public Integer call() {
        GeoPoint start = position("--from", from);
        GeoPoint end = position("--to", to);
        Settings settings = CliSettings.load(config);
        DispatchAdvice advice = new DispatchAdvice(
                RoadTravelTimes.open(settings.geo(), spec.commandLine().getErr()::println), new Recommender());
        try {
            JsonOutput.print(spec, advice.route(start, end));
        } catch (InvalidInputException e) {
            throw new InvalidInputException("--" + e.field(), e.reason());
        }
        return 0;
    }

    private static GeoPoint position(String option, String text) {
        try {
            return GeoPoint.parse(option, text);
        } catch (InvalidInputException e) {
            throw option.equals(e.field()) ? e : new InvalidInputException(option, e.reason());
        }
    }
}
