package se.larmcentral.social;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.SwedishTime;

/**
 * Builds decisions once the rules are found, the same way for {@link SocialRouter} and {@link ReferenceRouter},
 * so that they differ only in how they find the rules.
 */
final class DecisionTexts {

    /** Said when an agreement sends a caller to a message but the municipality has given none. */
    static final String CLOSED_WITHOUT_MESSAGE = "Kommunens socialjour kan inte nås just nu och kommunen har inte lämnat något meddelande.";

    private DecisionTexts() {
    }

    /** The call being decided; {@code municipality} is the owner's key (an SCB code or a customer id). */
    record Call(LineOwner owner, String municipality, Channel channel, PhoneNumber directNumber, Instant at, List<String> why) {

        Call(LineOwner owner, Channel channel, PhoneNumber directNumber, Instant at, List<String> why) {
            this(owner, owner.key(), channel, directNumber, at, why);
        }
    }

    static SocialDecision noAgreement(Call c, NoAgreementPolicy row) {
        if (c.owner instanceof LineOwner.OfCustomer customer) {
            c.why.add("no agreement in force for the on-call line of " + customer.name() + " at " + SwedishTime.text(c.at));
            return new SocialDecision(c.municipality, c.channel, c.directNumber, c.at, Outcome.NOT_AVAILABLE,
                    Basis.NO_AGREEMENT, null, null, null, null, LineOwner.OfCustomer.NO_AGREEMENT, null, null, null,
                    "no agreement for the customer's on-call line", c.why);
        }
        c.why.add("no agreement in force for " + c.municipality + " at " + SwedishTime.text(c.at));
        c.why.add("no-agreement policy row from " + row.from() + ": " + row.action());
        Outcome outcome = row.action() == NoAgreementPolicy.Action.REFER_POLICE ? Outcome.REFER_POLICE : Outcome.NOT_AVAILABLE;
        return new SocialDecision(c.municipality, c.channel, c.directNumber, c.at, outcome, Basis.NO_AGREEMENT, null, null,
                null, row.referral(), row.text(), null, null, null, "no agreement; policy from " + row.from(), c.why);
    }

    static SocialDecision forward(Call c, Agreement a, Basis basis, PhoneNumber number, TargetKind kind, String name, String rule) {
        return forward(c, a, basis, number, kind, name, rule, a.kind() == AgreementKind.BASIC ? a.outsideHours() : null);
    }

    private static SocialDecision forward(Call c, Agreement a, Basis basis, PhoneNumber number, TargetKind kind, String name,
                                          String rule, String outsideHours) {
        c.why.add("forward to " + number + " (" + kind + " " + name + ")");
        return new SocialDecision(c.municipality, c.channel, c.directNumber, c.at, Outcome.FORWARD, basis, number, kind, name,
                null, null, outsideHours, a.instructions(), a.id(), rule, c.why);
    }

    static SocialDecision message(Call c, Agreement a, Basis basis, String text, String rule) {
        String said = text != null ? text : a.message() != null ? a.message() : c.owner.closedWithoutMessage();
        c.why.add(c.owner instanceof LineOwner.OfCustomer ? "give the customer's message" : "give the municipality's message");
        return new SocialDecision(c.municipality, c.channel, c.directNumber, c.at, Outcome.MESSAGE, basis, null, null, null,
                null, said, null, a.instructions(), a.id(), rule, c.why);
    }

    /** Forward to the agreement's forwarding number or the jour's; without either, the message. */
    static SocialDecision forwardToService(Call c, Agreement a, Jour jour, Basis basis, String rule) {
        if (a.forwardingNumber() != null) {
            return forward(c, a, basis, a.forwardingNumber(), TargetKind.FORWARDING_NUMBER, jour.name(), rule);
        }
        if (jour.number() != null) {
            return forward(c, a, basis, jour.number(), TargetKind.JOUR, jour.name(), rule, outsideHoursOfJourNumber(a, jour));
        }
        c.why.add("neither the agreement nor jour " + jour.id() + " has a number");
        return message(c, a, basis, null, rule);
    }

    /**
     * What the jour's number does outside the jour's hours, said on a basic agreement that forwards to it: the
     * agreement's own text, else the jour's.
     */
    private static String outsideHoursOfJourNumber(Agreement a, Jour jour) {
        if (a.kind() != AgreementKind.BASIC) {
            return null;
        }
        return a.outsideHours() != null ? a.outsideHours() : jour.outsideHours();
    }

    static String local(Instant at) {
        return LocalDateTime.ofInstant(at, SwedishTime.ZONE).toString();
    }
}
