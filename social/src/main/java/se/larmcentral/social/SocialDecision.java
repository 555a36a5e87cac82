package se.larmcentral.social;

import java.time.Instant;
import java.util.List;

import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.ServiceNumber;

/**
 * The answer to "where does this social call go": an outcome with what the operator needs, and the rules
 * considered. Fields that do not apply to the outcome are {@code null}.
 *
 * @param municipality  SCB code, or the customer's id for a customer's on-call line
 * @param channel       how the call came in
 * @param directNumber  the direct number dialled (DIRECT_NUMBER), or {@code null}
 * @param at            the instant decided for
 * @param outcome       what to do
 * @param basis         which kind of rule decided
 * @param number        FORWARD: where to connect
 * @param targetKind    FORWARD: whom that number reaches
 * @param targetName    FORWARD: the jour's or the person's name
 * @param referral      REFER_POLICE: the number to refer to
 * @param message       MESSAGE, NOT_AVAILABLE, REFER_POLICE: what to tell the caller
 * @param outsideHours  FORWARD on a basic agreement: what the number does outside the jour's hours
 * @param instructions  the municipality's written instructions to the operator, when there are any
 * @param agreementId   the agreement in force, or {@code null}
 * @param rule          the rule that matched, as text
 * @param explanation   the rules considered, in order
 */
public record SocialDecision(String municipality, Channel channel, PhoneNumber directNumber, Instant at, Outcome outcome,
                             Basis basis, PhoneNumber number, TargetKind targetKind, String targetName,
                             ServiceNumber referral, String message, String outsideHours, String instructions,
                             String agreementId, String rule, List<String> explanation) {

    public SocialDecision {
        explanation = List.copyOf(explanation);
    }

    /** Same decision for plan purposes: same outcome, basis, target and text (instants and wording of rules aside). */
    public boolean sameEffect(SocialDecision other) {
        return outcome == other.outcome && basis == other.basis && java.util.Objects.equals(number, other.number)
                && java.util.Objects.equals(targetName, other.targetName)
                && java.util.Objects.equals(message, other.message)
                && java.util.Objects.equals(agreementId, other.agreementId);
    }
}
