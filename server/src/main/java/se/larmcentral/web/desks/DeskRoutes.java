package se.larmcentral.web.desks;

import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.desks.Desks;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;
import se.larmcentral.web.RouteGroup;
import se.larmcentral.web.auth.Access;
import io.javalin.http.HttpStatus;

import java.util.List;

import static se.larmcentral.centre.accounts.Role.*;

/**
 * Operators' desks over HTTP: the signed-in operator takes a desk (its SIP phone then rings with the calls offered
 * to them) and leaves it; logging out leaves it too ({@code SessionRoutes}); each desk's phone as the telephony
 * reports it.
 */
public final class DeskRoutes implements RouteGroup {

    public record TakeDesk(String desk) {
    }

    public record Seats(List<Desks.Seat> seats, List<Desks.Phone> phones) {
    }

    /** The signed-in operator's desk (null when at none) and its phone as the telephony last reported it. */
    public record Mine(Desks.Seat seat, Desks.Phone phone) {
    }

    private final CommandGateway gateway;
    private final JsonBody body;

    public DeskRoutes(CommandGateway gateway, JsonBody body) {
        this.gateway = gateway;
        this.body = body;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.put("/api/desks/mine").access(Access.roles(CALL_TAKER, DISPATCHER, NURSE, SUPERVISOR)).tag("centre")
                        .summary("Take a desk (sign in at it): its phone rings with the calls offered to you; leaves any"
                                + " other desk you held; 409 when a colleague holds it")
                        .request(TakeDesk.class).response(Desks.Seat.class).handle(ctx -> {
                            TakeDesk take = body.read(ctx, TakeDesk.class);
                            if (take.desk() == null || take.desk().isBlank()) {
                                throw new InvalidInputException("desk", "is missing; name the desk you sit at");
                            }
                            String account = gateway.actorOf(ctx).id();
                            ctx.json(gateway.execute(ctx, Desks.take(take.desk(), account).on(CentreState::desks)));
                        }),
                Route.delete("/api/desks/mine").access(Access.roles(CALL_TAKER, DISPATCHER, NURSE, SUPERVISOR)).tag("centre")
                        .summary("Leave your desk: no more calls are offered to you there (nothing recorded if you held none)")
                        .handle(ctx -> {
                            String account = gateway.actorOf(ctx).id();
                            gateway.execute(ctx, Desks.release(account, "left the desk").on(CentreState::desks));
                            ctx.status(HttpStatus.NO_CONTENT);
                        }),
                Route.get("/api/desks").access(Access.roles(CALL_TAKER, DISPATCHER, NURSE, SUPERVISOR)).tag("centre")
                        .summary("Who sits at which desk, and since when")
                        .response(Seats.class).handle(ctx -> ctx.json(gateway.read(s -> new Seats(
                                List.copyOf(s.desks().seats()), List.copyOf(s.desks().phones()))))),
                Route.get("/api/desks/mine").access(Access.roles(CALL_TAKER, DISPATCHER, NURSE, SUPERVISOR)).tag("centre")
                        .summary("Your desk (seat null when at none) and its phone: UNREGISTERED, IDLE, RINGING or"
                                + " CONNECTED with the call, as the telephony last reported it (centre.DeskPhoneChanged)")
                        .response(Mine.class).handle(ctx -> {
                            String account = gateway.actorOf(ctx).id();
                            ctx.json(gateway.read(s -> s.desks().of(account)
                                    .map(seat -> new Mine(seat, s.desks().phone(seat.desk())))
                                    .orElseGet(() -> new Mine(null, null))));
                        }));
    }
}
