package se.larmcentral.web.shiftlog;



import se.larmcentral.centre.shiftlog.ShiftLog;
import se.larmcentral.centre.CentreState;
import io.javalin.http.HttpStatus;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.web.auth.Access;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;
import se.larmcentral.web.RouteGroup;

import java.util.List;

import static se.larmcentral.centre.accounts.Role.*;

/** The shift log over HTTP. */
public final class ShiftLogRoutes implements RouteGroup {

    public record WriteEntry(String text) {
    }

    public record Entries(List<ShiftLog.Entry> entries) {
    }

    private final CommandGateway gateway;
    private final JsonBody body;

    public ShiftLogRoutes(CommandGateway gateway, JsonBody body) {
        this.gateway = gateway;
        this.body = body;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/api/shift-log").access(Access.roles(CALL_TAKER, DISPATCHER, NURSE, SUPERVISOR)).tag("centre").summary("Write a note into the shift log")
                        .request(WriteEntry.class).handle(ctx -> {
                            WriteEntry entry = body.read(ctx, WriteEntry.class);
                            gateway.execute(ctx, ShiftLog.write(entry.text()).on(CentreState::shiftLog));
                            ctx.status(HttpStatus.CREATED).json(new Entries(gateway.read(s -> s.shiftLog().latest(1))));
                        }),
                Route.get("/api/shift-log").access(Access.roles(CALL_TAKER, DISPATCHER, NURSE, SUPERVISOR)).tag("centre").summary("The latest shift-log entries, newest last")
                        .query("limit", "how many (1-1000, default 100)")
                        .response(Entries.class).handle(ctx -> {
                            String raw = ctx.queryParam("limit");
                            int limit;
                            try {
                                limit = raw == null ? 100 : Integer.parseInt(raw);
                            } catch (NumberFormatException e) {
                                throw new InvalidInputException("limit", "must be a whole number, was '" + raw + "'");
                            }
                            if (limit < 1 || limit > 1000) {
                                throw new InvalidInputException("limit", "must be between 1 and 1000");
                            }
                            ctx.json(new Entries(gateway.read(s -> s.shiftLog().latest(limit))));
                        }));
    }
}
