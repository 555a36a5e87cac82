package se.larmcentral.web.dispatch;



import se.larmcentral.centre.dispatch.CreateIncidentInRegion;
import se.larmcentral.centre.dispatch.DispatchViews;
import se.larmcentral.centre.dispatch.DispatchAdvice;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.dispatch.AssignUnit;
import se.larmcentral.dispatch.Assignment;
import se.larmcentral.dispatch.CancelIncident;
import se.larmcentral.dispatch.CreateIncident;
import se.larmcentral.dispatch.Incident;
import se.larmcentral.dispatch.PendingQueue;
import se.larmcentral.dispatch.RedirectUnit;
import se.larmcentral.dispatch.ReportAtPatient;
import se.larmcentral.dispatch.UnitType;
import se.larmcentral.web.auth.Access;
import se.larmcentral.web.auth.Scope;
import se.larmcentral.centre.CentreState;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.PageRequest;
import se.larmcentral.web.Route;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static se.larmcentral.centre.accounts.Role.*;

/** Incidents: create, read, list, assign, redirect, at patient, cancel, and the pending queue. */
final class IncidentRoutes {

    private static final String TAG = "dispatch";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(SwedishTime.ZONE);

    private final CommandGateway gateway;
    private final JsonBody body;
    private final DispatchAdvice advice;
    private final Clock clock;

    IncidentRoutes(CommandGateway gateway, JsonBody body, DispatchAdvice advice, Clock clock) {
        this.gateway = gateway;
        this.body = body;
        this.advice = advice;
        this.clock = clock;
    }

    /** A dispatcher's lists: more than a screen holds, far less than a year's incidents. */
    static final int PAGE = 200;
    static final int PAGE_MAX = 1000;

    /** A page of incidents: {@code total} counts all that match, {@code next} is the next page's offset or null. */
    public record IncidentPage(List<DispatchViews.IncidentView> incidents, int total, int offset, Integer next) {
    }

    /** A page of the pending queue: {@code pending} counts the whole queue. */
    public record PendingPage(List<DispatchViews.QueuePlace> queue, Instant at, int pending, int offset, Integer next) {
    }

    List<Route> routes() {
        return List.of(
                Route.post("/api/dispatch/incidents").access(Access.roles(DISPATCHER)).tag(TAG)
                        .summary("Create an incident (position, priority, unit type needed); it enters the pending queue")
                        .request(DispatchRequests.NewIncident.class).response(DispatchViews.IncidentView.class)
                        .handle(this::create),
                PageRequest.document(Route.get("/api/dispatch/incidents").access(Access.roles(DISPATCHER, SUPERVISOR)).tag(TAG)
                        .summary("Incidents by priority, then by when the call was queued, a page at a time")
                        .query("priority", "only this priority (1-4)")
                        .query("open", "true: only queued and assigned incidents"), PAGE, PAGE_MAX)
                        .response(IncidentPage.class).handle(this::list),
                Route.get("/api/dispatch/incidents/{incidentId}").access(Access.roles(DISPATCHER, SUPERVISOR)).tag(TAG)
                        .summary("One incident with its units and timestamps")
                        .response(DispatchViews.IncidentView.class).handle(ctx -> {
                            String id = ctx.pathParam("incidentId");
                            ctx.json(gateway.read(s -> DispatchViews.IncidentView.of(
                                    s.dispatch().requireIncident("incidentId", id))));
                        }),
                Route.post("/api/dispatch/incidents/{incidentId}/assign").access(Access.roles(DISPATCHER)).tag(TAG)
                        .summary("Alert a unit to the incident (the operator's decision; a unit twice is refused)")
                        .request(DispatchRequests.UnitChoice.class).response(Assignment.class)
                        .handle(ctx -> ctx.json(gateway.execute(ctx, new AssignUnit(ctx.pathParam("incidentId"),
                                unitOf(ctx)).on(CentreState::dispatch)))),
                Route.post("/api/dispatch/incidents/{incidentId}/redirect").access(Access.roles(DISPATCHER)).tag(TAG)
                        .summary("Redirect a unit on its way to a priority 2 or 3 to this priority 1 incident")
                        .request(DispatchRequests.UnitChoice.class).response(Assignment.class)
                        .handle(ctx -> ctx.json(gateway.execute(ctx, new RedirectUnit(unitOf(ctx),
                                ctx.pathParam("incidentId")).on(CentreState::dispatch)))),
                Route.post("/api/dispatch/incidents/{incidentId}/at-patient").access(Access.roles(DISPATCHER).orUnitDevice(Scope.bodyField("unitId", "the unit in the body"))).tag(TAG)
                        .summary("The crew of a unit on scene has reached the patient")
                        .request(DispatchRequests.UnitChoice.class).response(Instant.class)
                        .handle(ctx -> ctx.json(gateway.execute(ctx, new ReportAtPatient(ctx.pathParam("incidentId"),
                                unitOf(ctx)).on(CentreState::dispatch)))),
                Route.post("/api/dispatch/incidents/{incidentId}/cancel").access(Access.roles(DISPATCHER)).tag(TAG)
                        .summary("Cancel an open incident; its units without a patient are stood down")
                        .request(DispatchRequests.Cancellation.class).response(CancelIncident.Cancelled.class)
                        .handle(ctx -> ctx.json(gateway.execute(ctx, new CancelIncident(ctx.pathParam("incidentId"),
                                body.read(ctx, DispatchRequests.Cancellation.class).reason()).on(CentreState::dispatch)))),
                PageRequest.document(Route.get("/api/dispatch/queue").access(Access.roles(DISPATCHER, SUPERVISOR)).tag(TAG)
                        .summary("The pending queue: incidents with no unit, by priority, then longest waiting; pending"
                                + " counts them all, queue holds a page"), PAGE, PAGE_MAX)
                        .response(PendingPage.class).handle(ctx -> {
                            PageRequest page = PageRequest.of(ctx, PAGE, PAGE_MAX);
                            Instant now = clock.instant();
                            List<DispatchViews.QueuePlace> all = gateway.read(s -> PendingQueue.at(s.dispatch(), now)
                                    .stream().map(DispatchViews.QueuePlace::of).toList());
                            ctx.json(new PendingPage(page.slice(all), now, all.size(), page.offset(), page.next(all.size())));
                        }));
    }

    private void create(Context ctx) {
        DispatchRequests.NewIncident request = body.read(ctx, DispatchRequests.NewIncident.class);
        if (request.position() == null) {
            throw new InvalidInputException("position", "is missing; give {\"lat\": ..., \"lon\": ...}");
        }
        advice.requireRoutable("position", request.position());
        Instant now = clock.instant();
        String id = request.incidentId() != null ? request.incidentId()
                : "INC-" + ID_TIME.format(now) + "-" + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
        UnitType type = request.neededType() != null ? request.neededType() : UnitType.AMBULANCE;
        // The journal keeps instants to the microsecond; a default at millisecond precision is never after its "now".
        Instant queuedAt = request.callQueuedAt() != null ? request.callQueuedAt() : now.truncatedTo(ChronoUnit.MILLIS);
        Incident incident = gateway.execute(ctx, new CreateIncidentInRegion(new CreateIncident(id, request.position(),
                request.priority(), type, queuedAt), request.outsideRegionReason()));
        ctx.status(HttpStatus.CREATED).json(DispatchViews.IncidentView.of(incident));
    }

    private void list(Context ctx) {
        Integer priority = ctx.queryParam("priority") == null ? null : QueryValues.priority("priority", ctx.queryParam("priority"));
        String open = ctx.queryParam("open");
        if (open != null && !open.equals("true") && !open.equals("false")) {
            throw new InvalidInputException("open", "must be true or false, was '" + open + "'");
        }
        PageRequest page = PageRequest.of(ctx, PAGE, PAGE_MAX);
        ctx.json(gateway.read(s -> {
            List<Incident> all = IncidentListing.of(s.dispatch(), priority, "true".equals(open));
            return new IncidentPage(page.slice(all).stream().map(DispatchViews.IncidentView::of).toList(), all.size(),
                    page.offset(), page.next(all.size()));
        }));
    }

    private String unitOf(Context ctx) {
        String unitId = body.read(ctx, DispatchRequests.UnitChoice.class).unitId();
        if (unitId == null || unitId.isBlank()) {
            throw new InvalidInputException("unitId", "is missing; name the unit");
        }
        return unitId;
    }
}
