package se.larmcentral.web.dispatch;

import io.javalin.http.Context;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.dispatch.HospitalPreAlerts;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.dispatch.PreAlert;
import se.larmcentral.dispatch.SendPreAlert;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;
import se.larmcentral.web.auth.Access;
import se.larmcentral.web.auth.Scope;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static se.larmcentral.centre.accounts.Role.*;

/**
 * The crews' pre-alerts to the receiving hospitals (förvarning): a unit's terminal sends one for its own unit, a
 * hospital's account reads those to its own hospital (and the floor reads any hospital's).
 */
final class PreAlertRoutes {

    private static final String TAG = "dispatch";
    private static final Scope OWN_UNIT = Scope.pathParam("unitId", "the unit in the path");
    private static final Scope OWN_HOSPITAL = Scope.pathParam("hospitalId", "the hospital in the path");

    private final CommandGateway gateway;
    private final JsonBody body;
    private final Clock clock;

    PreAlertRoutes(CommandGateway gateway, JsonBody body, Clock clock) {
        this.gateway = gateway;
        this.body = body;
        this.clock = clock;
    }

    List<Route> routes() {
        return List.of(
                Route.post("/api/dispatch/units/{unitId}/pre-alerts").access(Access.roles(DISPATCHER).orUnitDevice(OWN_UNIT))
                        .tag(TAG).summary("A crew's pre-alert to the receiving hospital {preAlertId, age?, sex?, priority,"
                                + " criterion?, vitals?, note?, expectedArrivalAt, hospitalId? (default: the chosen"
                                + " destination), incidentId?}: only the unit on the incident; sent again with its"
                                + " preAlertId, answered with the first (201 the first time, 200 after)")
                        .request(DispatchRequests.PreAlertRequest.class).response(SendPreAlert.Outcome.class)
                        .handle(this::send),
                Route.get("/api/dispatch/hospitals/{hospitalId}/pre-alerts")
                        .access(Access.roles(DISPATCHER, SUPERVISOR).orHospital(OWN_HOSPITAL)).tag(TAG)
                        .summary("The pre-alerts to a hospital in the last 24 hours, newest first: per patient the"
                                + " latest, whether the unit has arrived and whether a later one sent it elsewhere")
                        .response(HospitalPreAlerts.class).handle(this::list));
    }

    private void send(Context ctx) {
        String unitId = ctx.pathParam("unitId");
        DispatchRequests.PreAlertRequest request = body.read(ctx, DispatchRequests.PreAlertRequest.class);
        if (request.priority() == null) {
            throw new InvalidInputException("priority", "is missing: 1, 2, 3 or 4");
        }
        PreAlert alert = new PreAlert(request.age(), request.sex(), request.priority(), request.criterion(),
                request.vitals(), request.note(), request.expectedArrivalAt());
        SendPreAlert.Outcome outcome = gateway.execute(ctx, new SendPreAlert(request.preAlertId(), unitId,
                request.incidentId(), request.hospitalId(), alert).on(CentreState::dispatch));
        ctx.status(outcome.repeated() ? 200 : 201).json(outcome);
    }

    private void list(Context ctx) {
        Instant now = clock.instant();
        String hospitalId = ctx.pathParam("hospitalId");
        ctx.json(gateway.read(s -> HospitalPreAlerts.of(s.dispatch(), s.dispatch().hospital(hospitalId)
                .orElseThrow(() -> new NotFoundException("hospitalId", "there is no hospital '" + hospitalId + "'")),
                now)));
    }
}
