package se.larmcentral.web.calls;

import io.javalin.http.Context;
import se.larmcentral.calls.AttachPosition;
import se.larmcentral.calls.CallUpdate;
import se.larmcentral.calls.MunicipalityLocation;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.calls.location.PidfLoLocation;
import se.larmcentral.calls.location.PidfLoParser;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.web.auth.Access;
import se.larmcentral.centre.calls.CallViews.CallView;
import se.larmcentral.centre.CentreState;
import se.larmcentral.web.BoundedBody;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.Route;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import static se.larmcentral.centre.accounts.Role.*;

/**
 * {@code POST /api/calls/{callId}/pidf-lo}: a PIDF-LO location body (point, circle, civic address) from the network
 * is read with an XML parser that refuses any DOCTYPE (no entity is ever read) and attached to the call with its
 * municipality. A refused body is answered 400 naming {@code pidfLo} and the reason; nothing is stored.
 */
final class PidfLoRoutes {

    /** What was read from the body, the municipality located, and the call afterwards. */
    public record PidfLoReply(CallUpdate update, PidfLoLocation location, MunicipalityLocation municipality, CallView call) {
    }

    private final CommandGateway gateway;
    private final BoundedBody body;
    private final MunicipalityLookup lookup;
    private final Clock clock;

    PidfLoRoutes(CommandGateway gateway, BoundedBody body, MunicipalityLookup lookup, Clock clock) {
        this.gateway = gateway;
        this.body = body;
        this.lookup = lookup;
        this.clock = clock;
    }

    List<Route> routes() {
        return List.of(Route.post(CallRoutes.CALL + "/pidf-lo").access(Access.roles(CALL_TAKER, SUPERVISOR, INTEGRATION)).tag(CallRoutes.TAG)
                .summary("Attach a PIDF-LO location (Content-Type application/pidf+xml: gml:Point, gs:Circle,"
                        + " ca:civicAddress); 400 naming pidfLo with the reason on a refused body (any DOCTYPE is refused)")
                .response(PidfLoReply.class).handle(this::attach));
    }

    private void attach(Context ctx) {
        String contentType = ctx.contentType();
        if (contentType != null && !contentType.toLowerCase().contains("xml")) {
            throw new InvalidInputException("Content-Type", "must be application/pidf+xml, was " + contentType);
        }
        PidfLoLocation location = PidfLoParser.parse(new String(body.read(ctx), StandardCharsets.UTF_8));
        MunicipalityLocation located = lookup.locate(location.toReportedPosition());
        String callId = ctx.pathParam("callId");
        CallUpdate update = gateway.execute(ctx, new AttachPosition(callId, location.toReportedPosition(), located)
                .on(CentreState::calls));
        java.time.Instant now = clock.instant();
        ctx.json(new PidfLoReply(update, location, located,
                gateway.read(s -> CallView.of(s, callId, now))));
    }
}
