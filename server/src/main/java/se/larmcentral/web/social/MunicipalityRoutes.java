package se.larmcentral.web.social;

import io.javalin.http.Context;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.web.auth.Access;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.Route;
import se.larmcentral.social.Agreement;
import se.larmcentral.social.DirectNumber;
import se.larmcentral.social.Municipality;
import se.larmcentral.social.SocialState;
import se.larmcentral.centre.social.SocialViews.AgreementBrief;
import se.larmcentral.centre.social.SocialViews.JourBrief;
import se.larmcentral.centre.social.SocialViews.JourView;
import se.larmcentral.centre.social.SocialViews.Municipalities;
import se.larmcentral.centre.social.SocialViews.MunicipalityDetail;
import se.larmcentral.centre.social.SocialViews.MunicipalitySummary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static se.larmcentral.centre.accounts.Role.*;

/** The municipalities with the agreement in force and its jour; one municipality with its history. */
final class MunicipalityRoutes {

    private final CommandGateway gateway;
    private final Clock clock;

    MunicipalityRoutes(CommandGateway gateway, Clock clock) {
        this.gateway = gateway;
        this.clock = clock;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/social/municipalities").access(Access.roles(CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN)).tag(SocialRoutes.TAG)
                        .summary("Every municipality with the agreement in force and its jour (none: no agreement)")
                        .query("county", "two-digit county code (länskod), e.g. 01 for Stockholm County")
                        .query("at", "instant with offset (default now)")
                        .response(Municipalities.class).handle(this::list),
                Route.get("/api/social/municipalities/{code}").access(Access.roles(CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN).orMunicipalityAdmin(SocialScopes.PATH_CODE)).tag(SocialRoutes.TAG)
                        .summary("One municipality: its agreement history, the one in force, its jour and direct numbers")
                        .query("at", "instant with offset (default now)")
                        .response(MunicipalityDetail.class).handle(this::one));
    }

    private void list(Context ctx) {
        Instant at = at(ctx);
        String county = SocialParams.blankToNull(ctx.queryParam("county"));
        ctx.json(gateway.read(s -> {
            SocialState social = s.social();
            List<Municipality> all = county == null ? social.registry().all() : social.registry().inCounty(county.strip());
            return new Municipalities(at, all.stream().map(m -> summary(social, m, at)).toList());
        }));
    }

    private static MunicipalitySummary summary(SocialState social, Municipality m, Instant at) {
        Agreement a = social.agreementInForce(m.code(), at).orElse(null);
        return new MunicipalitySummary(m.code(), m.name(), m.countyCode(), a == null ? null : AgreementBrief.of(a),
                a == null ? null : social.jour(a.jourId()).map(JourBrief::of).orElse(null));
    }

    private void one(Context ctx) {
        Instant at = at(ctx);
        String code = ctx.pathParam("code");
        ctx.json(gateway.read(s -> {
            SocialState social = s.social();
            Municipality m = social.registry().require("municipality", code);
            Agreement inForce = social.agreementInForce(code, at).orElse(null);
            JourView jour = inForce == null ? null : social.jour(inForce.jourId())
                    .map(j -> JourView.of(j, social.municipalitiesServedBy(j.id()))).orElse(null);
            List<DirectNumber> numbers = social.directNumbers().stream().filter(d -> d.municipality().equals(code)).toList();
            return MunicipalityDetail.of(m, at, inForce, jour, social.agreementsOf(code), numbers);
        }));
    }

    private Instant at(Context ctx) {
        String text = ctx.queryParam("at");
        return text == null || text.isBlank() ? clock.instant() : SwedishTime.parseInstant("at", text);
    }
}
