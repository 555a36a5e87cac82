package se.larmcentral.web.calls;

import io.javalin.http.HttpStatus;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.connect.Connection;
import se.larmcentral.centre.connect.Connections;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.Route;
import se.larmcentral.web.RouteGroup;
import se.larmcentral.web.auth.Access;

import java.util.List;

import static se.larmcentral.centre.accounts.Role.*;

/**
 * Koppla over HTTP: the operator asks for the caller to be connected on to the number the call's social decision
 * names; the telephony front rings it and records how it went ({@code centre.ConnectSucceeded} or
 * {@code centre.ConnectFailed} with the reason, on the event stream), and the connected call's end
 * ({@code centre.ConnectedCallEnded}: who hung up, how long it was connected).
 */
public final class ConnectRoutes implements RouteGroup {

    private static final String TAG = "calls";

    private final CommandGateway gateway;

    public ConnectRoutes(CommandGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post(CallRoutes.CALL + "/connect").access(Access.roles(CALL_TAKER, SUPERVISOR)).tag(TAG)
                        .summary("Koppla: connect the answered caller on to the number of the call's social decision"
                                + " (FORWARD). 202: asked; the telephony rings the number and records CONNECTED or"
                                + " FAILED (busy, no answer, refused) — the caller stays with the operator on a failure."
                                + " 409 when the call is not answered, its decision is not to connect on, or a"
                                + " connecting is under way or done")
                        .response(Connection.class).handle(ctx -> {
                            String account = gateway.actorOf(ctx).id();
                            Connection asked = gateway.execute(ctx, Connections.request(ctx.pathParam("callId"), account));
                            ctx.status(HttpStatus.ACCEPTED).json(asked);
                        }),
                Route.post(CallRoutes.CALL + "/consult").access(Access.roles(CALL_TAKER, SUPERVISOR)).tag(TAG)
                        .summary("Rådfråga först (attended Koppla): the caller is put on hold and the decision's number"
                                + " rung for the operator to speak to first. 202: asked; the telephony records"
                                + " CONSULTING when it answers, or FAILED (the caller back with the operator)."
                                + " 409 as for connect")
                        .response(Connection.class).handle(ctx -> {
                            String account = gateway.actorOf(ctx).id();
                            Connection asked = gateway.execute(ctx, Connections.consult(ctx.pathParam("callId"), account));
                            ctx.status(HttpStatus.ACCEPTED).json(asked);
                        }),
                Route.post(CallRoutes.CALL + "/consult/complete").access(Access.roles(CALL_TAKER, SUPERVISOR)).tag(TAG)
                        .summary("Koppla nu: join the caller to the number consulted; the operator's phone is let go."
                                + " 202: asked (COMPLETING), then CONNECTED or FAILED as the telephony records."
                                + " 409 unless the number answered the consultation")
                        .response(Connection.class).handle(ctx -> {
                            String account = gateway.actorOf(ctx).id();
                            Connection asked = gateway.execute(ctx, Connections.completeConsult(ctx.pathParam("callId"),
                                    account).on(CentreState::connections));
                            ctx.status(HttpStatus.ACCEPTED).json(asked);
                        }),
                Route.post(CallRoutes.CALL + "/consult/cancel").access(Access.roles(CALL_TAKER, SUPERVISOR)).tag(TAG)
                        .summary("Avbryt: end the consultation (ringing or answered); the number is hung up and the"
                                + " caller taken off hold, back with the operator. 409 when none is under way")
                        .response(Connection.class).handle(ctx -> {
                            String account = gateway.actorOf(ctx).id();
                            Connection cancelled = gateway.execute(ctx, Connections.cancelConsult(ctx.pathParam("callId"),
                                    account).on(CentreState::connections));
                            ctx.json(cancelled);
                        }),
                Route.get(CallRoutes.CALL + "/connection").access(Access.roles(CALL_TAKER, NURSE, DISPATCHER, SUPERVISOR))
                        .tag(TAG).summary("The call's latest connecting-on: number, attended (consulted first), state"
                                + " (REQUESTED, CONSULTING, COMPLETING, CONNECTED, FAILED, CANCELLED), the failure and its reason, and once a connected call is over who hung up"
                                + " (hungUpBy: CALLER, FAR_END) and when (hungUpAt); 404 when none was asked for")
                        .response(Connection.class).handle(ctx -> {
                            String callId = ctx.pathParam("callId");
                            ctx.json(gateway.read(s -> s.connections().of(callId)).orElseThrow(() ->
                                    new NotFoundException("callId", "no connecting-on was asked for call '" + callId + "'")));
                        }));
    }
}
