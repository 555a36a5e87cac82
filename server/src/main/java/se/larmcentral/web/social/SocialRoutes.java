package se.larmcentral.web.social;

import se.larmcentral.web.BoundedBody;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;
import se.larmcentral.web.RouteGroup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Social on-call forwarding (socialjour via 112) over HTTP, under {@code /api/social}: municipalities, jours and
 * their rosters, agreements with their set times and one-off changes, direct numbers, the no-agreement policy,
 * the routing decision, the effective plan as iCalendar, coverage gaps and statistics, and customers' on-call lines
 * on the same engine. Every change is a command
 * of the social module; its refusals name the field and store nothing.
 */
public final class SocialRoutes implements RouteGroup {

    static final String TAG = "social";

    private final List<Route> routes;

    public SocialRoutes(CommandGateway gateway, JsonBody body, long maxRequestBytes, Clock clock) {
        List<Route> all = new ArrayList<>();
        all.addAll(new MunicipalityRoutes(gateway, clock).routes());
        all.addAll(new JourRoutes(gateway, body).routes());
        all.addAll(new RosterRoutes(gateway, body, new CalendarBody(new BoundedBody(maxRequestBytes))).routes());
        all.addAll(new AgreementRoutes(gateway, body).routes());
        all.addAll(new DirectNumberRoutes(gateway, body).routes());
        all.addAll(new PolicyRoutes(gateway, body).routes());
        all.addAll(new DecisionRoutes(gateway, body).routes());
        all.addAll(new PlanRoutes(gateway, clock).routes());
        all.addAll(new CustomerRoutes(gateway, body, clock).routes());
        this.routes = List.copyOf(all);
    }

    @Override
    public List<Route> routes() {
        return routes;
    }
}
