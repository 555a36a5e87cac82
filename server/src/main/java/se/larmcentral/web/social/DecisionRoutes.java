package se.larmcentral.web.social;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import se.larmcentral.web.auth.Access;
import se.larmcentral.centre.social.RecordCallDecision;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;
import se.larmcentral.web.social.SocialRequests.DecisionRequest;
import se.larmcentral.centre.social.SocialViews.DecisionView;
import se.larmcentral.social.LineOwner;
import se.larmcentral.social.RouteRequest;
import se.larmcentral.social.SocialDecision;
import se.larmcentral.social.SocialRouter;

import java.util.List;

import static se.larmcentral.centre.accounts.Role.*;

/**
 * Where a social call goes: the decision with its explanation. With a {@code callId} the routed call's outcome
 * is recorded ({@code CallRouted}, counted in the statistics) and the answer is 201; without one it is a
 * question only (200) and nothing is stored.
 */
final class DecisionRoutes {

    private final CommandGateway gateway;
    private final JsonBody body;

    DecisionRoutes(CommandGateway gateway, JsonBody body) {
        this.gateway = gateway;
        this.body = body;
    }

    List<Route> routes() {
        return List.of(Route.post("/api/social/decisions").access(Access.roles(CALL_TAKER, SUPERVISOR)).tag(SocialRoutes.TAG)
                .summary("Route a social call: municipality or direct number, channel, instant with offset -> the decision,"
                        + " the words to say, instructions and explanation; with callId the outcome is recorded")
                .request(DecisionRequest.class).response(DecisionView.class).handle(this::decide));
    }

    private void decide(Context ctx) {
        DecisionRequest r = body.read(ctx, DecisionRequest.class);
        RouteRequest request = RouteRequest.parse(r.municipality(), r.directNumber(), r.channel(), r.at());
        SocialDecision decision = r.callId() == null
                ? gateway.read(s -> SocialRouter.route(s.social(), request))
                : gateway.execute(ctx, new RecordCallDecision(r.callId(), request));
        // a direct number may be a customer's on-call line: its decision is named by the customer
        LineOwner owner = gateway.read(s -> s.social().requireLineOwner("municipality", decision.municipality()));
        ctx.status(r.callId() == null ? HttpStatus.OK : HttpStatus.CREATED).json(DecisionView.of(decision, owner, r.callId()));
    }
}
