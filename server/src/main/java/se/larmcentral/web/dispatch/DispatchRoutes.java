package se.larmcentral.web.dispatch;





import se.larmcentral.centre.dispatch.DispatchAdvice;
import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;
import se.larmcentral.web.RouteGroup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Ambulance dispatch over HTTP, under {@code /api/dispatch}: the fleet and unit reports, incidents and their
 * assignment, recommendations, the pending queue, flags and hospital choice. Travel times come from the settings
 * (opened by the assembly from the geo settings); every answer that uses them says whether they are estimates.
 */
public final class DispatchRoutes implements RouteGroup {

    private final List<Route> routes;
    private final DispatchAdvice advice;

    public DispatchRoutes(CommandGateway gateway, JsonBody body, long maxFleetBytes, DispatchAdvice advice, Clock clock) {
        DispatchAdvice.StateReader reader = reader(gateway);
        List<Route> all = new ArrayList<>();
        all.addAll(new UnitRoutes(gateway, reader, body, advice, clock).routes());
        all.addAll(new PreAlertRoutes(gateway, body, clock).routes());
        all.addAll(new IncidentRoutes(gateway, body, advice, clock).routes());
        all.addAll(new AdviceRoutes(reader, advice, clock).routes());
        all.add(new FleetImportRoute(gateway, maxFleetBytes, advice.travelTimes()).route());
        this.routes = List.copyOf(all);
        this.advice = advice;
    }

    /** The recommendation and travel times these routes answer with (the demo's callers use them too). */
    public DispatchAdvice advice() {
        return advice;
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
}
