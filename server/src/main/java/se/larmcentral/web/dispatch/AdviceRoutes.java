package se.larmcentral.web.dispatch;



import se.larmcentral.centre.dispatch.DispatchViews;
import se.larmcentral.centre.dispatch.DispatchAdvice;
import se.larmcentral.centre.dispatch.MoveUpAdvice;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.dispatch.HospitalCapability;
import se.larmcentral.dispatch.Recommendation;
import se.larmcentral.dispatch.UnitType;
import se.larmcentral.web.auth.Access;
import se.larmcentral.web.Route;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static se.larmcentral.centre.accounts.Role.*;

/**
 * Advice to the operator: ranked units for an incident or a position, and the destination hospital. The state is
 * read under its lock; the road search runs after the lock is released ({@link DispatchAdvice}).
 */
final class AdviceRoutes {

    private static final String TAG = "dispatch";

    private final DispatchAdvice.StateReader reader;
    private final DispatchAdvice advice;
    private final Clock clock;

    AdviceRoutes(DispatchAdvice.StateReader reader, DispatchAdvice advice, Clock clock) {
        this.reader = reader;
        this.advice = advice;
        this.clock = clock;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/dispatch/incidents/{incidentId}/recommendation").access(Access.roles(DISPATCHER, SUPERVISOR)).tag(TAG)
                        .summary("Units ranked by arrival estimate for the incident, with redirection, stale positions and explanations")
                        .response(Recommendation.class).handle(ctx -> {
                            Instant now = clock.instant();
                            String id = ctx.pathParam("incidentId");
                            ctx.json(advice.forIncident(reader, id, now));
                        }),
                Route.get("/api/dispatch/recommendation").access(Access.roles(DISPATCHER, SUPERVISOR)).tag(TAG)
                        .summary("Units ranked by arrival estimate for a position and priority that is not yet an incident")
                        .requiredQuery("at", "LAT,LON of the incident")
                        .requiredQuery("priority", "1-4")
                        .query("type", "unit type needed (default AMBULANCE)")
                        .response(Recommendation.class).handle(ctx -> {
                            GeoPoint at = QueryValues.position("at", ctx.queryParam("at"));
                            int priority = QueryValues.priority("priority", ctx.queryParam("priority"));
                            UnitType type = QueryValues.constant("type", ctx.queryParam("type"), UnitType.class, UnitType.AMBULANCE);
                            Instant now = clock.instant();
                            ctx.json(advice.at(reader, "at", at, priority, type, now));
                        }),
                Route.get("/api/dispatch/move-up").access(Access.roles(DISPATCHER, SUPERVISOR)).tag(TAG)
                        .summary("Move-up advice (förflyttning): the configured policy's proposed moves of free ambulances"
                                + " to other stations, each with its reason, drive and gain (dispatch.moveUp); advice only,"
                                + " applied with POST /api/dispatch/units/{unitId}/relocate")
                        .response(MoveUpAdvice.View.class).handle(ctx -> ctx.json(advice.moveUp(reader, clock.instant()))),
                Route.get("/api/dispatch/route").access(Access.roles(DISPATCHER, SUPERVISOR)).tag(TAG)
                        .summary("The road travel time and distance between two points for an emergency vehicle, with the average speed")
                        .requiredQuery("from", "LAT,LON where the vehicle starts")
                        .requiredQuery("to", "LAT,LON where it goes")
                        .response(DispatchViews.RouteAnswer.class).handle(ctx -> ctx.json(advice.route(
                                QueryValues.position("from", ctx.queryParam("from")),
                                QueryValues.position("to", ctx.queryParam("to"))))),
                Route.get("/api/dispatch/hospital").access(Access.roles(DISPATCHER, SUPERVISOR)).tag(TAG)
                        .summary("The nearest hospital by road that takes the capability needed, with the alternatives")
                        .requiredQuery("from", "LAT,LON of the patient")
                        .query("capability", "ADULT, CHILDREN or INTENSIVE_CARE (default ADULT)")
                        .response(DispatchViews.HospitalChoice.class).handle(ctx -> {
                            GeoPoint from = QueryValues.position("from", ctx.queryParam("from"));
                            HospitalCapability capability = QueryValues.constant("capability", ctx.queryParam("capability"),
                                    HospitalCapability.class, HospitalCapability.ADULT);
                            ctx.json(advice.hospital(reader, "from", from, capability));
                        }));
    }
}
