package se.larmcentral.web.social;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import se.larmcentral.web.auth.Access;
import se.larmcentral.centre.CentreState;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;
import se.larmcentral.web.social.SocialRequests.AgreementRequest;
import se.larmcentral.web.social.SocialRequests.AgreementTextsRequest;
import se.larmcentral.web.social.SocialRequests.EndAgreementRequest;
import se.larmcentral.web.social.SocialRequests.OneOffChangeRequest;
import se.larmcentral.web.social.SocialRequests.ScheduleRequest;
import se.larmcentral.centre.social.SocialViews.AgreementView;
import se.larmcentral.social.AddOneOffChange;
import se.larmcentral.social.EndAgreement;
import se.larmcentral.social.RemoveOneOffChange;
import se.larmcentral.social.SetAgreementTexts;
import se.larmcentral.social.SetSchedule;

import java.util.List;

import static se.larmcentral.centre.accounts.Role.*;

/**
 * Agreements: add (BASIC or EXTENDED), end, set an extended agreement's times, add and remove one-off changes.
 * An agreement is addressed as {@code /api/social/agreements/{municipality}/{validFrom}}, its id being
 * {@code <municipality>/<validFrom>}. Every answer is the agreement as it stands afterwards.
 */
final class AgreementRoutes {

    private static final String AGREEMENT = "/api/social/agreements/{municipality}/{validFrom}";

    private final CommandGateway gateway;
    private final JsonBody body;

    AgreementRoutes(CommandGateway gateway, JsonBody body) {
        this.gateway = gateway;
        this.body = body;
    }

    List<Route> routes() {
        return List.of(
                Route.post("/api/social/agreements").access(Access.roles(AGREEMENTS_ADMIN)).tag(SocialRoutes.TAG)
                        .summary("Add an agreement (BASIC: forward every call; EXTENDED: set times, holiday rules,"
                                + " one-off changes, roster, instructions, own message)")
                        .request(AgreementRequest.class).response(AgreementView.class).handle(this::add),
                Route.get(AGREEMENT).access(Access.roles(CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN).orMunicipalityAdmin(SocialScopes.AGREEMENT)).tag(SocialRoutes.TAG).summary("One agreement")
                        .response(AgreementView.class).handle(ctx -> ctx.json(view(id(ctx)))),
                Route.post(AGREEMENT + "/end").access(Access.roles(AGREEMENTS_ADMIN)).tag(SocialRoutes.TAG)
                        .summary("End an agreement on a date (the first day no longer in force); it stays in the history")
                        .request(EndAgreementRequest.class).response(AgreementView.class).handle(this::end),
                Route.put(AGREEMENT + "/schedule").access(Access.roles(AGREEMENTS_ADMIN).orMunicipalityAdmin(SocialScopes.AGREEMENT)).tag(SocialRoutes.TAG)
                        .summary("Replace an extended agreement's set times (weekly lines, day-type and date rules)")
                        .request(ScheduleRequest.class).response(AgreementView.class).handle(this::schedule),
                Route.put(AGREEMENT + "/texts").access(Access.roles(AGREEMENTS_ADMIN).orMunicipalityAdmin(SocialScopes.AGREEMENT)).tag(SocialRoutes.TAG)
                        .summary("Set an extended agreement's texts: the message callers hear outside its set times (at most "
                                + SetAgreementTexts.MAX_MESSAGE + " characters) and the operator's instructions (at most "
                                + SetAgreementTexts.MAX_INSTRUCTIONS + "); a text left out stays as it is, a blank one is refused")
                        .request(AgreementTextsRequest.class).response(AgreementView.class).handle(this::texts),
                Route.post(AGREEMENT + "/one-off-changes").access(Access.roles(AGREEMENTS_ADMIN).orMunicipalityAdmin(SocialScopes.AGREEMENT)).tag(SocialRoutes.TAG)
                        .summary("Add a one-off change (connect a number or close) to an extended agreement")
                        .request(OneOffChangeRequest.class).response(AgreementView.class).handle(this::addChange),
                Route.delete(AGREEMENT + "/one-off-changes/{changeId}").access(Access.roles(AGREEMENTS_ADMIN).orMunicipalityAdmin(SocialScopes.AGREEMENT)).tag(SocialRoutes.TAG)
                        .summary("Withdraw a one-off change").response(AgreementView.class).handle(this::removeChange));
    }

    private void add(Context ctx) {
        AgreementRequest r = body.read(ctx, AgreementRequest.class);
        String id = gateway.execute(ctx, AgreementTerms.addAgreement(r).on(CentreState::social));
        ctx.status(HttpStatus.CREATED).json(view(id));
    }

    private void end(Context ctx) {
        EndAgreementRequest r = body.read(ctx, EndAgreementRequest.class);
        String id = gateway.execute(ctx, new EndAgreement(id(ctx), SocialParams.date("validUntil", r.validUntil()))
                .on(CentreState::social));
        ctx.json(view(id));
    }

    private void schedule(Context ctx) {
        ScheduleRequest r = body.read(ctx, ScheduleRequest.class);
        String id = gateway.execute(ctx, new SetSchedule(id(ctx), AgreementTerms.schedule(r)).on(CentreState::social));
        ctx.json(view(id));
    }

    private void texts(Context ctx) {
        AgreementTextsRequest r = body.read(ctx, AgreementTextsRequest.class);
        String id = gateway.execute(ctx, new SetAgreementTexts(id(ctx), r.message(), r.instructions()).on(CentreState::social));
        ctx.json(view(id));
    }

    private void addChange(Context ctx) {
        OneOffChangeRequest r = body.read(ctx, OneOffChangeRequest.class);
        String id = id(ctx);
        gateway.execute(ctx, new AddOneOffChange(id, AgreementTerms.oneOffChange(r)).on(CentreState::social));
        ctx.status(HttpStatus.CREATED).json(view(id));
    }

    private void removeChange(Context ctx) {
        String id = id(ctx);
        gateway.execute(ctx, new RemoveOneOffChange(id, ctx.pathParam("changeId")).on(CentreState::social));
        ctx.json(view(id));
    }

    private static String id(Context ctx) {
        return ctx.pathParam("municipality") + "/" + ctx.pathParam("validFrom");
    }

    private AgreementView view(String id) {
        return gateway.read(s -> AgreementView.of(s.social().requireAgreement("agreementId", id)));
    }
}
