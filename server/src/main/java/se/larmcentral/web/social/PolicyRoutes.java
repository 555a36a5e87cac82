package se.larmcentral.web.social;

import io.javalin.http.HttpStatus;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.ServiceNumber;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.web.auth.Access;
import se.larmcentral.centre.CentreState;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;
import se.larmcentral.web.social.SocialRequests.PolicyRowRequest;
import se.larmcentral.centre.social.SocialViews.PolicyRowView;
import se.larmcentral.centre.social.SocialViews.PolicyRows;
import se.larmcentral.social.AddNoAgreementPolicyRow;
import se.larmcentral.social.NoAgreementPolicy;

import java.util.Arrays;
import java.util.List;

import static se.larmcentral.centre.accounts.Role.*;

/** The dated policy for municipalities without an agreement: its rows, and a later change as one more row. */
final class PolicyRoutes {

    private final CommandGateway gateway;
    private final JsonBody body;

    PolicyRoutes(CommandGateway gateway, JsonBody body) {
        this.gateway = gateway;
        this.body = body;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/social/no-agreement-policy").access(Access.roles(CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN)).tag(SocialRoutes.TAG)
                        .summary("The no-agreement policy rows, oldest first (the two of 2017 are built in)")
                        .response(PolicyRows.class).handle(ctx -> ctx.json(gateway.read(s -> new PolicyRows(
                                s.social().policyRows().stream().map(PolicyRowView::of).toList())))),
                Route.post("/api/social/no-agreement-policy").access(Access.roles(AGREEMENTS_ADMIN)).tag(SocialRoutes.TAG)
                        .summary("Add a dated row: from an instant on, REFER_POLICE (to 114 14) or NOT_AVAILABLE, with the text said")
                        .request(PolicyRowRequest.class).response(PolicyRowView.class).handle(ctx -> {
                            NoAgreementPolicy row = row(body.read(ctx, PolicyRowRequest.class));
                            gateway.execute(ctx, new AddNoAgreementPolicyRow(row).on(CentreState::social));
                            ctx.status(HttpStatus.CREATED).json(PolicyRowView.of(row));
                        }));
    }

    private static NoAgreementPolicy row(PolicyRowRequest r) {
        NoAgreementPolicy.Action action;
        try {
            action = NoAgreementPolicy.Action.valueOf(r.action() == null ? "" : r.action().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("action", "'" + r.action() + "' is not one of "
                    + Arrays.toString(NoAgreementPolicy.Action.values()));
        }
        return new NoAgreementPolicy(SwedishTime.parseInstant("from", r.from()), action,
                action == NoAgreementPolicy.Action.REFER_POLICE ? ServiceNumber.POLICE_114_14 : null, r.text());
    }
}
