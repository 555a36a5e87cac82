package se.larmcentral.server.dispatch;

import se.larmcentral.dispatch.Recommender;
import se.larmcentral.server.config.Settings;
import se.larmcentral.server.http.CommandGateway;
import se.larmcentral.server.http.JsonBody;
import se.larmcentral.server.http.Route;
import se.larmcentral.server.http.RouteGroup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Ambulance dispatch over HTTP, under {@code /api/dispatch}: the fleet and unit reports, incidents and their
 * assignment, recommendations, the pending queue, flags and hospital choice. Travel times come from the settings
 * ({@link RoadTravelTimes}); every answer that uses them says whether they are estimates.
 */
public final class DispatchRoutes implements RouteGroup {

    private final List<Route> routes;

    public DispatchRoutes(CommandGateway gateway, JsonBody body, DispatchAdvice advice, Clock clock) {
        List<Route> all = new ArrayList<>();
        all.addAll(new UnitRoutes(gateway, body, advice, clock).routes());
        all.addAll(new IncidentRoutes(gateway, body, advice, clock).routes());
        all.addAll(new AdviceRoutes(gateway, advice, clock).routes());
        this.routes = List.copyOf(all);
    }

    /** With the travel times the settings ask for, opened now (import progress and the choice on the console). */
    public static DispatchRoutes start(Settings settings, CommandGateway gateway, JsonBody body, Clock clock) {
        DispatchAdvice advice = new DispatchAdvice(RoadTravelTimes.open(settings.geo(), System.out::println), new Recommender());
        return new DispatchRoutes(gateway, body, advice, clock);
    }

    @Override
    public List<Route> routes() {
        return routes;
    }
}
