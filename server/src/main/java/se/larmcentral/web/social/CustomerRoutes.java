package se.larmcentral.web.social;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.social.CustomerLines;
import se.larmcentral.centre.social.CustomerLines.CustomerLineView;
import se.larmcentral.centre.social.CustomerLines.CustomerLinesView;
import se.larmcentral.centre.social.SocialViews.AgreementView;
import se.larmcentral.centre.social.SocialViews.DecisionView;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.social.Customer;
import se.larmcentral.social.DefineCustomer;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;
import se.larmcentral.web.auth.Access;
import se.larmcentral.web.social.SocialRequests.CustomerAgreementRequest;
import se.larmcentral.web.social.SocialRequests.CustomerRequest;

import se.larmcentral.centre.social.SocialViews.CoverageGaps;
import se.larmcentral.social.EffectivePlan;
import se.larmcentral.social.PlanSegment;
import se.larmcentral.social.ical.PlanCalendarWriter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static se.larmcentral.centre.accounts.Role.*;

/**
 * Customers' on-call lines (issue 19, item 4): a company's, municipality's or region's number that the centre answers
 * and forwards to whoever is on call, by the social engine. Register the customer with its number, add its agreement
 * here; change the agreement's times, texts and one-off changes at {@code /api/social/agreements/{customer}/{validFrom}}
 * and the roster at {@code /api/social/jours/{id}/roster}, as for a municipality.
 */
final class CustomerRoutes {

    private static final String CUSTOMER = "/api/social/customers/{customer}";

    private final CommandGateway gateway;
    private final JsonBody body;
    private final Clock clock;

    CustomerRoutes(CommandGateway gateway, JsonBody body, Clock clock) {
        this.gateway = gateway;
        this.body = body;
        this.clock = clock;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/social/customers").access(Access.roles(CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN)).tag(SocialRoutes.TAG)
                        .summary("Every customer's on-call line: its numbers and the agreement in force now")
                        .response(CustomerLinesView.class).handle(ctx -> ctx.json(gateway.read(s -> CustomerLines.all(s.social(), clock.instant())))),
                Route.post("/api/social/customers").access(Access.roles(AGREEMENTS_ADMIN)).tag(SocialRoutes.TAG)
                        .summary("Register a customer (COMPANY, MUNICIPALITY, REGION) with its on-call line's number into the centre")
                        .request(CustomerRequest.class).response(CustomerLineView.class).handle(this::define),
                Route.get(CUSTOMER).access(Access.roles(CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN)).tag(SocialRoutes.TAG)
                        .summary("One customer's on-call line with its agreements")
                        .response(CustomerLineView.class).handle(ctx -> ctx.json(view(ctx.pathParam("customer"), clock.instant()))),
                Route.post(CUSTOMER + "/agreements").access(Access.roles(AGREEMENTS_ADMIN)).tag(SocialRoutes.TAG)
                        .summary("Add the agreement of a customer's on-call line (set times, holiday rules, one-off changes,"
                                + " roster, message), in the terms of a municipality's agreement")
                        .request(CustomerAgreementRequest.class).response(AgreementView.class).handle(this::addAgreement),
                Route.get(CUSTOMER + "/route").access(Access.roles(CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN)).tag(SocialRoutes.TAG)
                        .summary("Who answers the customer's on-call line at ?at= (an instant with offset; default now), with the"
                                + " rules considered; nothing is recorded")
                        .response(DecisionView.class).handle(this::route),
                Route.get(CUSTOMER + "/coverage-gaps").access(Access.roles(CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN)).tag(SocialRoutes.TAG)
                        .summary("The intervals of the days [from, to) in which a call to the customer's line reaches nobody on"
                                + " call (outside set times, closed, roster gaps, no agreement)")
                        .requiredQuery("from", "first day YYYY-MM-DD").requiredQuery("to", "day after the last YYYY-MM-DD")
                        .response(CoverageGaps.class).handle(this::gaps),
                Route.get(CUSTOMER + "/plan.ics").access(Access.roles(CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN)).tag(SocialRoutes.TAG)
                        .summary("The customer's line's effective plan for the days [from, to) as iCalendar: one event per"
                                + " interval in which calls are connected, whom they reach in ATTENDEE")
                        .requiredQuery("from", "first day YYYY-MM-DD").requiredQuery("to", "day after the last YYYY-MM-DD")
                        .produces(CalendarBody.CONTENT_TYPE).handle(this::plan));
    }

    private void gaps(Context ctx) {
        String customer = ctx.pathParam("customer");
        SocialParams.Period period = SocialParams.period(ctx);
        ctx.json(gateway.read(s -> {
            CustomerLines.require(s.social(), "customer", customer);
            return new CoverageGaps(customer, period.from(), period.to(),
                    se.larmcentral.social.CoverageGaps.find(s.social(), customer, period.from(), period.to()));
        }));
    }

    private void plan(Context ctx) {
        String customer = ctx.pathParam("customer");
        SocialParams.Period period = SocialParams.period(ctx);
        record Found(Customer customer, List<PlanSegment> plan) {
        }
        Found found = gateway.read(s -> new Found(CustomerLines.require(s.social(), "customer", customer),
                EffectivePlan.of(s.social(), customer, period.from(), period.to())));
        StringWriter out = new StringWriter();
        try {
            PlanCalendarWriter.write("Jourlinje", customer, found.customer().name(), found.plan(), clock.instant(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.header("Content-Disposition", "attachment; filename=\"jourlinje-" + customer + "-" + period.from() + ".ics\"");
        ctx.contentType(CalendarBody.CONTENT_TYPE + "; charset=utf-8").result(out.toString());
    }

    private void define(Context ctx) {
        CustomerRequest r = body.read(ctx, CustomerRequest.class);
        Customer customer = new Customer(r.id(), r.name(), kind(r.kind()));
        String id = gateway.execute(ctx, new DefineCustomer(customer, SocialParams.optionalNumber("number", r.number()))
                .on(CentreState::social));
        ctx.status(HttpStatus.CREATED).json(view(id, clock.instant()));
    }

    private void addAgreement(Context ctx) {
        String customer = ctx.pathParam("customer");
        gateway.read(s -> CustomerLines.require(s.social(), "customer", customer));
        CustomerAgreementRequest r = body.read(ctx, CustomerAgreementRequest.class);
        var command = CustomerLines.forCustomer(AgreementTerms.addCustomerAgreement(r.terms()), customer);
        String id = gateway.execute(ctx, command.on(CentreState::social));
        ctx.status(HttpStatus.CREATED).json(gateway.read(s -> AgreementView.of(s.social().requireAgreement("agreementId", id))));
    }

    private void route(Context ctx) {
        String text = ctx.queryParam("at");
        Instant at = text == null || text.isBlank() ? clock.instant() : SwedishTime.parseInstant("at", text);
        String customer = ctx.pathParam("customer");
        ctx.json(gateway.read(s -> CustomerLines.route(s.social(), customer, at)));
    }

    private CustomerLineView view(String id, Instant at) {
        return gateway.read(s -> CustomerLines.view(s.social(), CustomerLines.require(s.social(), "customer", id), at));
    }

    private static Customer.Kind kind(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("kind", "is missing; give COMPANY, MUNICIPALITY or REGION");
        }
        try {
            return Customer.Kind.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "must be COMPANY, MUNICIPALITY or REGION, was '" + text + "'");
        }
    }
}
