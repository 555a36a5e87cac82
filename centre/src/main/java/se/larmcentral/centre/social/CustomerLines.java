package se.larmcentral.centre.social;

import se.larmcentral.centre.social.SocialViews.AgreementView;
import se.larmcentral.centre.social.SocialViews.DecisionView;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.social.AddAgreement;
import se.larmcentral.social.Channel;
import se.larmcentral.social.Customer;
import se.larmcentral.social.DirectNumber;
import se.larmcentral.social.LineOwner;
import se.larmcentral.social.SocialDecision;
import se.larmcentral.social.SocialRouter;
import se.larmcentral.social.SocialState;

import java.time.Instant;
import java.util.List;

/**
 * Customers' on-call lines (jourlinjer) as the fronts read them: the customer, its numbers into the centre, its
 * agreements, and who is on call at an instant. The line is routed by the social engine; its agreement, set times
 * and roster are changed with the social commands like a municipality's.
 */
public final class CustomerLines {

    private CustomerLines() {
    }

    /** A customer's line: its numbers, the agreement in force at {@code at} (or null) and the whole history. */
    public record CustomerLineView(String id, String name, Customer.Kind kind, List<String> numbers, Instant at,
                                   String agreementInForce, List<AgreementView> agreements) {
    }

    public record CustomerLinesView(List<CustomerLineView> customers) {
    }

    public static Customer require(SocialState social, String field, String id) {
        return social.customer(id).orElseThrow(() -> new NotFoundException(field, field + ": no customer has the id '" + id + "'"));
    }

    public static CustomerLineView view(SocialState social, Customer c, Instant at) {
        List<String> numbers = social.directNumbers().stream().filter(d -> d.municipality().equals(c.id()))
                .map(DirectNumber::number).map(n -> n.e164()).sorted().toList();
        return new CustomerLineView(c.id(), c.name(), c.kind(), numbers, at,
                social.agreementInForce(c.id(), at).map(a -> a.id()).orElse(null),
                social.agreementsOf(c.id()).stream().map(AgreementView::of).toList());
    }

    public static CustomerLinesView all(SocialState social, Instant at) {
        return new CustomerLinesView(social.customers().stream().map(c -> view(social, c, at)).toList());
    }

    /** Who answers the customer's line at {@code at}, with the rules considered; nothing is recorded. */
    public static DecisionView route(SocialState social, String customerId, Instant at) {
        Customer c = require(social, "customer", customerId);
        SocialDecision d = SocialRouter.route(social, c.id(), Channel.DIRECT_NUMBER, at);
        return DecisionView.of(d, new LineOwner.OfCustomer(c), null);
    }

    /** The agreement for the customer's line: the request's terms with the customer as the party. */
    public static AddAgreement forCustomer(AddAgreement terms, String customerId) {
        return new AddAgreement(customerId, terms.jourId(), terms.kind(), terms.validFrom(), terms.validUntil(),
                terms.forwardingNumber(), terms.answeredAroundTheClock(), terms.outsideHours(), terms.instructions(),
                terms.message(), terms.usesRoster(), terms.schedule(), terms.oneOffChanges());
    }
}
