package se.larmcentral.server.dispatch;




import se.larmcentral.centre.dispatch.FleetCoverage;
import se.larmcentral.centre.dispatch.ShiftTimer;
import se.larmcentral.centre.dispatch.DispatchAdvice;
import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.dispatch.Recommender;
import se.larmcentral.geo.TravelTimes;
import se.larmcentral.journal.CommandLoop;
import se.larmcentral.centre.CentreState;
import se.larmcentral.server.config.Settings;
import se.larmcentral.server.http.CommandGateway;
import se.larmcentral.server.http.JsonBody;
import se.larmcentral.server.http.Route;
import se.larmcentral.server.http.RouteGroup;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Ambulance dispatch over HTTP, under {@code /api/dispatch}: the fleet and unit reports, incidents and their
 * assignment, recommendations, the pending queue, flags and hospital choice. Travel times come from the settings
 * ({@link RoadTravelTimes}); every answer that uses them says whether they are estimates. {@link #start} also starts
 * the {@link ShiftTimer}; closing the routes stops it.
 */
public final class DispatchRoutes implements RouteGroup, AutoCloseable {

    private final List<Route> routes;
    private final ShiftTimer shiftTimer;
    private final DispatchAdvice advice;

    public DispatchRoutes(CommandGateway gateway, JsonBody body, long maxFleetBytes, DispatchAdvice advice, Clock clock,
                          ShiftTimer shiftTimer) {
        DispatchAdvice.StateReader reader = reader(gateway);
        List<Route> all = new ArrayList<>();
        all.addAll(new UnitRoutes(gateway, reader, body, advice, clock).routes());
        all.addAll(new IncidentRoutes(gateway, body, advice, clock).routes());
        all.addAll(new AdviceRoutes(reader, advice, clock).routes());
        all.add(new FleetImportRoute(gateway, maxFleetBytes, advice.travelTimes()).route());
        this.routes = List.copyOf(all);
        this.shiftTimer = shiftTimer;
        this.advice = advice;
    }

    /** The recommendation and travel times these routes answer with (the demo's callers use them too). */
    public DispatchAdvice advice() {
        return advice;
    }

    /**
     * With the travel times the settings ask for, opened now (import progress, the choice and which part of the
     * fleet lies outside the road network on the console), and the shift timer ticking every
     * {@link ShiftTimer#PERIOD} on the centre's clock.
     */
    public static DispatchRoutes start(Settings settings, CommandLoop<CentreState> loop, CommandGateway gateway,
                                       JsonBody body, Clock clock) {
        TravelTimes travelTimes = RoadTravelTimes.open(settings.geo(), System.out::println);
        String coverage = loop.read(state -> FleetCoverage.describe(state.dispatch(), travelTimes));
        if (coverage != null) {
            System.out.println(coverage);
        }
        DispatchAdvice advice = new DispatchAdvice(travelTimes, new Recommender());
        Duration timeout = Duration.ofMillis(settings.http().commandTimeoutMillis());
        ShiftTimer timer = new ShiftTimer(loop, clock, timeout).start(ShiftTimer.PERIOD);
        return new DispatchRoutes(gateway, body, settings.http().maxRequestBytes(), advice, clock, timer);
    }

    /** Reads the dispatch state under the command loop's read lock. */
    static DispatchAdvice.StateReader reader(CommandGateway gateway) {
        return new DispatchAdvice.StateReader() {
            @Override
            public <T> T read(Function<DispatchState, T> query) {
                return gateway.read(state -> query.apply(state.dispatch()));
            }
        };
    }

    @Override
    public List<Route> routes() {
        return routes;
    }

    /** Stops the shift timer. */
    @Override
    public void close() {
        if (shiftTimer != null) {
            shiftTimer.close();
        }
    }
}
