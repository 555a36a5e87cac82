package se.larmcentral.web.social;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.web.auth.Access;
import se.larmcentral.centre.CentreState;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;
import se.larmcentral.web.social.SocialRequests.ChangeJourRequest;
import se.larmcentral.web.social.SocialRequests.DefineJourRequest;
import se.larmcentral.centre.social.SocialViews.JourChange;
import se.larmcentral.centre.social.SocialViews.JourView;
import se.larmcentral.centre.social.SocialViews.Jours;
import se.larmcentral.social.ChangeJour;
import se.larmcentral.social.DefineJour;
import se.larmcentral.social.Jour;

import java.util.List;

import static se.larmcentral.centre.accounts.Role.*;

/** Jours: list, define, change (every municipality a jour serves follows the change). */
final class JourRoutes {

    private final CommandGateway gateway;
    private final JsonBody body;

    JourRoutes(CommandGateway gateway, JsonBody body) {
        this.gateway = gateway;
        this.body = body;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/social/jours").access(Access.roles(CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN)).tag(SocialRoutes.TAG).summary("Every jour with the municipalities it serves")
                        .response(Jours.class).handle(ctx -> ctx.json(gateway.read(s -> new Jours(s.social().jours().stream()
                                .map(j -> JourView.of(j, s.social().municipalitiesServedBy(j.id()))).toList())))),
                Route.post("/api/social/jours").access(Access.roles(AGREEMENTS_ADMIN)).tag(SocialRoutes.TAG).summary("Define a jour (social on-call service)")
                        .request(DefineJourRequest.class).response(JourView.class).handle(this::define),
                Route.put("/api/social/jours/{id}").access(Access.roles(AGREEMENTS_ADMIN).orMunicipalityAdmin(SocialScopes.jour("id"))).tag(SocialRoutes.TAG)
                        .summary("Change a jour's name, number and hours; every municipality it serves follows")
                        .request(ChangeJourRequest.class).response(JourChange.class).handle(this::change));
    }

    private void define(Context ctx) {
        DefineJourRequest r = body.read(ctx, DefineJourRequest.class);
        Jour jour;
        try {
            jour = jour(r.id(), r.name(), r.number(), r.answeredAroundTheClock(), r.hours(), r.outsideHours());
        } catch (InvalidInputException e) {
            throw "jour".equals(e.field()) ? new InvalidInputException("id", e.reason()) : e;
        }
        String id = gateway.execute(ctx, new DefineJour(jour).on(CentreState::social));
        ctx.status(HttpStatus.CREATED).json(gateway.read(s -> JourView.of(s.social().requireJour("id", id), List.of())));
    }

    private void change(Context ctx) {
        ChangeJourRequest r = body.read(ctx, ChangeJourRequest.class);
        String id = ctx.pathParam("id");
        gateway.read(s -> s.social().requireJour("jour", id));
        Jour jour = jour(id, r.name(), r.number(), r.answeredAroundTheClock(), r.hours(), r.outsideHours());
        List<String> served = gateway.execute(ctx, new ChangeJour(jour).on(CentreState::social));
        ctx.json(new JourChange(id, served));
    }

    private static Jour jour(String id, String name, String number, Boolean aroundTheClock, String hours, String outsideHours) {
        return new Jour(id, name, SocialParams.optionalNumber("number", number), Boolean.TRUE.equals(aroundTheClock),
                SocialParams.blankToNull(hours), SocialParams.blankToNull(outsideHours));
    }
}
