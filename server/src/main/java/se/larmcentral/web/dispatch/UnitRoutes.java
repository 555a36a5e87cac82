package se.larmcentral.web.dispatch;



import se.larmcentral.centre.dispatch.DispatchViews;
import se.larmcentral.centre.dispatch.DispatchAdvice;
import io.javalin.http.Context;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.DomainException;
import se.larmcentral.dispatch.ChooseDestination;
import se.larmcentral.dispatch.Hospital;
import se.larmcentral.dispatch.EndShift;
import se.larmcentral.dispatch.PendingQueue;
import se.larmcentral.dispatch.ReportPosition;
import se.larmcentral.centre.dispatch.CrewAssignment;
import se.larmcentral.dispatch.HospitalCapability;
import se.larmcentral.geo.RoutePath;
import se.larmcentral.dispatch.RelocateUnit;
import se.larmcentral.dispatch.Relocation;
import se.larmcentral.dispatch.ReportStatus;
import se.larmcentral.dispatch.ReportStatusOnce;
import se.larmcentral.dispatch.StartShift;
import se.larmcentral.dispatch.StatusChange;
import se.larmcentral.web.auth.Access;
import se.larmcentral.web.auth.Scope;
import se.larmcentral.centre.CentreState;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static se.larmcentral.centre.accounts.Role.*;

/**
 * The fleet and its units: state, position and status reports, shifts started and ended by hand, flags, and what a
 * free unit is offered. A status report that makes a unit free while incidents wait answers with the proposal.
 */
final class UnitRoutes {

    private static final String TAG = "dispatch";
    /** A unit device reports for its own unit only. */
    private static final Scope OWN_UNIT = Scope.pathParam("unitId", "the unit in the path");

    private final CommandGateway gateway;
    private final DispatchAdvice.StateReader reader;
    private final JsonBody body;
    private final DispatchAdvice advice;
    private final Clock clock;

    UnitRoutes(CommandGateway gateway, DispatchAdvice.StateReader reader, JsonBody body, DispatchAdvice advice, Clock clock) {
        this.gateway = gateway;
        this.reader = reader;
        this.body = body;
        this.advice = advice;
        this.clock = clock;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/dispatch/fleet").access(Access.roles(DISPATCHER, SUPERVISOR)).tag(TAG)
                        .summary("The fleet: units with status and time in status, stations, hospitals")
                        .response(DispatchViews.Fleet.class).handle(ctx -> {
                            Instant now = clock.instant();
                            ctx.json(gateway.read(s -> DispatchViews.Fleet.of(s.dispatch(), now)));
                        }),
                Route.get("/api/dispatch/units/{unitId}").access(Access.roles(DISPATCHER, SUPERVISOR).orUnitDevice(OWN_UNIT)).tag(TAG).summary("One unit with its status and position")
                        .response(DispatchViews.UnitView.class).handle(ctx -> {
                            Instant now = clock.instant();
                            String unitId = ctx.pathParam("unitId");
                            ctx.json(gateway.read(s -> DispatchViews.UnitView.of(
                                    s.dispatch().requireUnit("unitId", unitId), now)));
                        }),
                Route.post("/api/dispatch/units/{unitId}/position").access(Access.roles(DISPATCHER).orUnitDevice(OWN_UNIT)).tag(TAG)
                        .summary("A vehicle location update; one not newer than the position held is ignored")
                        .request(DispatchRequests.PositionReport.class).response(DispatchViews.PositionReceipt.class)
                        .handle(this::position),
                Route.post("/api/dispatch/units/{unitId}/status").access(Access.roles(DISPATCHER).orUnitDevice(OWN_UNIT)).tag(TAG)
                        .summary("A status report; an illegal change is refused naming the current and allowed statuses;"
                                + " a unit made free while incidents wait is offered the queued incident it serves best;"
                                + " with a reportId (a crew terminal's) recorded once with pressedAt and the instant received:"
                                + " sent again, answered with its first outcome")
                        .request(DispatchRequests.StatusReport.class).response(DispatchViews.StatusReceipt.class)
                        .handle(this::status),
                Route.get("/api/dispatch/units/{unitId}/assignment").access(Access.roles(DISPATCHER, SUPERVISOR).orUnitDevice(OWN_UNIT)).tag(TAG)
                        .summary("The crew's terminal: the unit, the statuses it may report next, and its current assignment"
                                + " with the call's key facts, the assessment's criterion and advice and the nearest adult"
                                + " emergency department by road (job null without an assignment)")
                        .response(CrewAssignment.class).handle(this::assignment),
                Route.post("/api/dispatch/units/{unitId}/destination").access(Access.roles(DISPATCHER).orUnitDevice(OWN_UNIT)).tag(TAG)
                        .summary("The hospital the unit takes its patient to {hospitalId}: kept on the incident after the unit has left")
                        .request(DispatchRequests.Destination.class).response(Hospital.class)
                        .handle(ctx -> ctx.json(gateway.execute(ctx, new ChooseDestination(ctx.pathParam("unitId"),
                                body.read(ctx, DispatchRequests.Destination.class).hospitalId()).on(CentreState::dispatch)))),
                Route.post("/api/dispatch/units/{unitId}/relocate").access(Access.roles(DISPATCHER)).tag(TAG)
                        .summary("Send a free unit to stand by at another station {stationId} (a move-up, förflyttning):"
                                + " available mobile on its way, counted at that station from now; it reports available"
                                + " at station on arrival. Refused for a unit that is not free or already stands there")
                        .request(DispatchRequests.Relocation.class).response(Relocation.class)
                        .handle(ctx -> {
                            DispatchRequests.Relocation request = body.read(ctx, DispatchRequests.Relocation.class);
                            ctx.json(gateway.execute(ctx, new RelocateUnit(ctx.pathParam("unitId"), request.stationId(),
                                    request.reason()).on(CentreState::dispatch)));
                        }),
                Route.post("/api/dispatch/units/{unitId}/shift/start").access(Access.roles(DISPATCHER).orUnitDevice(OWN_UNIT)).tag(TAG)
                        .summary("Start a unit's shift by hand: out of service to available at station (stands until its next shift boundary)")
                        .response(StatusChange.class)
                        .handle(ctx -> ctx.json(gateway.execute(ctx, new StartShift(ctx.pathParam("unitId"))
                                .on(CentreState::dispatch)))),
                Route.post("/api/dispatch/units/{unitId}/shift/end").access(Access.roles(DISPATCHER).orUnitDevice(OWN_UNIT)).tag(TAG)
                        .summary("End a unit's shift by hand: out of service; refused while it works on an incident")
                        .response(StatusChange.class)
                        .handle(ctx -> ctx.json(gateway.execute(ctx, new EndShift(ctx.pathParam("unitId"))
                                .on(CentreState::dispatch)))),
                Route.get("/api/dispatch/units/{unitId}/proposal").access(Access.roles(DISPATCHER, SUPERVISOR).orUnitDevice(OWN_UNIT)).tag(TAG)
                        .summary("The queued incident a free unit serves best (priority, then waiting time)")
                        .response(DispatchViews.UnitProposal.class).handle(ctx -> {
                            Instant now = clock.instant();
                            String unitId = ctx.pathParam("unitId");
                            ctx.json(advice.proposalFor(reader, unitId, now));
                        }),
                Route.get("/api/dispatch/flags").access(Access.roles(DISPATCHER, SUPERVISOR)).tag(TAG)
                        .summary("What needs attention: alerts unacknowledged after 90 s, hospital stays of 15 min or more,"
                                + " incidents waiting for a unit past their priority's limit (dispatch.waitingLimitSeconds)")
                        .response(DispatchViews.UnitAlerts.class).handle(ctx -> {
                            Instant now = clock.instant();
                            ctx.json(gateway.read(s -> new DispatchViews.UnitAlerts(
                                    advice.flags(s.dispatch(), now).stream().map(DispatchViews.UnitAlert::of).toList(), now,
                                    advice.waitingLimits().byPriority())));
                        }));
    }

    private void position(Context ctx) {
        String unitId = ctx.pathParam("unitId");
        DispatchRequests.PositionReport report = body.read(ctx, DispatchRequests.PositionReport.class);
        ctx.json(DispatchViews.PositionReceipt.of(gateway.execute(ctx,
                new ReportPosition(unitId, report.position(), report.observedAt()).on(CentreState::dispatch))));
    }

    private void status(Context ctx) {
        String unitId = ctx.pathParam("unitId");
        DispatchRequests.StatusReport report = body.read(ctx, DispatchRequests.StatusReport.class);
        ReportStatus command = new ReportStatus(unitId, report.status(), report.reason(), report.expectedBackAt());
        if (report.reportId() == null && report.pressedAt() == null) {
            StatusChange change = gateway.execute(ctx, command.on(CentreState::dispatch));
            ctx.json(DispatchViews.StatusReceipt.of(change, proposalAfter(change)));
            return;
        }
        ReportStatusOnce.Outcome outcome = gateway.execute(ctx, new ReportStatusOnce(report.reportId(),
                report.pressedAt(), command).on(CentreState::dispatch));
        ctx.json(DispatchViews.StatusReceipt.of(outcome, outcome.repeated() ? null : proposalAfter(outcome.change())));
    }

    /** The crew's terminal: its unit, the statuses it may report next, its assignment and the hospital for it. */
    private void assignment(Context ctx) {
        Instant now = clock.instant();
        String unitId = ctx.pathParam("unitId");
        CrewAssignment view = gateway.read(s -> CrewAssignment.of(s, unitId, now));
        if (view.job() != null) {
            try {
                view = view.withHospitals(advice.hospital(reader, "position", view.job().position(),
                        HospitalCapability.ADULT));
            } catch (DomainException e) {
                // no hospital reachable or none registered: the assignment is shown without one
            }
            CrewAssignment withHospital = view;
            Optional<CrewAssignment.Leg> leg = gateway.read(withHospital::nextLeg);
            Optional<RoutePath> path = leg.flatMap(l -> advice.travelTimes().path(l.from(), l.destination()));
            if (path.isPresent()) {
                view = view.withRoute(new CrewAssignment.Route(leg.get().to(), leg.get().destination(),
                        path.get().points(), path.get().duration(), path.get().metres()));
            }
        }
        ctx.json(view);
    }

    /** The proposal for a unit the report made free, when incidents wait; else null. */
    private DispatchViews.UnitProposal proposalAfter(StatusChange change) {
        if (!change.to().isAvailable()) {
            return null;
        }
        Instant now = clock.instant();
        if (reader.read(state -> PendingQueue.at(state, now).isEmpty())) {
            return null;
        }
        try {
            return advice.proposalFor(reader, change.unitId(), now);
        } catch (ConflictException e) {
            return null; // assigned or reported again in the meantime: the status change itself stands
        }
    }
}
