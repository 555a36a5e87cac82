package se.larmcentral.web.social;

import io.javalin.http.HttpStatus;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.web.auth.Access;
import se.larmcentral.centre.CentreState;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;
import se.larmcentral.web.social.SocialRequests.DirectNumberRequest;
import se.larmcentral.centre.social.SocialViews.DirectNumberView;
import se.larmcentral.centre.social.SocialViews.DirectNumbers;
import se.larmcentral.social.AssignDirectNumber;
import se.larmcentral.social.DirectNumber;
import se.larmcentral.social.RemoveDirectNumber;

import java.util.List;

import static se.larmcentral.centre.accounts.Role.*;

/** Municipalities' direct numbers into the centre: list, assign, remove. */
final class DirectNumberRoutes {

    private final CommandGateway gateway;
    private final JsonBody body;

    DirectNumberRoutes(CommandGateway gateway, JsonBody body) {
        this.gateway = gateway;
        this.body = body;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/social/direct-numbers").access(Access.roles(CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN)).tag(SocialRoutes.TAG).summary("Every direct number and its municipality")
                        .response(DirectNumbers.class).handle(ctx -> ctx.json(gateway.read(s -> new DirectNumbers(
                                s.social().directNumbers().stream().map(DirectNumberView::of).toList())))),
                Route.post("/api/social/direct-numbers").access(Access.roles(AGREEMENTS_ADMIN).orMunicipalityAdmin(SocialScopes.DIRECT_NUMBER_CREATION)).tag(SocialRoutes.TAG)
                        .summary("Give a municipality a direct number into the centre")
                        .request(DirectNumberRequest.class).response(DirectNumberView.class).handle(ctx -> {
                            DirectNumberRequest r = body.read(ctx, DirectNumberRequest.class);
                            PhoneNumber number = PhoneNumber.parse("number", r.number());
                            gateway.execute(ctx, new AssignDirectNumber(number, r.municipality()).on(CentreState::social));
                            ctx.status(HttpStatus.CREATED).json(DirectNumberView.of(new DirectNumber(number, r.municipality())));
                        }),
                Route.delete("/api/social/direct-numbers/{number}").access(Access.roles(AGREEMENTS_ADMIN).orMunicipalityAdmin(SocialScopes.directNumber("number"))).tag(SocialRoutes.TAG)
                        .summary("Take a direct number away from its municipality (the number in E.164 or Swedish form)")
                        .response(DirectNumberView.class).handle(ctx -> {
                            PhoneNumber number = PhoneNumber.parse("number", ctx.pathParam("number"));
                            DirectNumber removed = gateway.read(s -> s.social().directNumber(number)).orElse(null);
                            gateway.execute(ctx, new RemoveDirectNumber(number).on(CentreState::social));
                            ctx.json(DirectNumberView.of(removed));
                        }));
    }
}
