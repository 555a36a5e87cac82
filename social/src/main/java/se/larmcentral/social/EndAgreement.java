package se.larmcentral.social;

import java.time.Instant;
import java.time.LocalDate;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.SwedishTime;

/**
 * Ends an agreement on a date (the first day it is no longer in force); it stays in the history. The history is
 * not rewritten: the end may not lie before {@code now}, and an agreement that has already ended is not reopened
 * by a later end (sign a new agreement instead).
 */
public record EndAgreement(String agreementId, LocalDate validUntil) implements Command<SocialState, String> {

    @Override
    public Decision<String> decide(SocialState state, Instant now) {
        Agreement a = state.requireAgreement("agreementId", agreementId);
        if (validUntil == null) {
            throw new InvalidInputException("validUntil", "give the first day the agreement is no longer in force");
        }
        if (!validUntil.isAfter(a.validFrom())) {
            throw new InvalidInputException("validUntil", "agreement " + a.id() + " would end " + validUntil
                    + ", not after it begins " + a.validFrom());
        }
        if (!a.endInstant().isAfter(now) && validUntil.isAfter(a.validUntil())) {
            throw new ConflictException("validUntil", "agreement " + a.id() + " ended " + a.validUntil()
                    + "; an ended agreement is not reopened, add a new agreement from " + a.validUntil() + " instead");
        }
        Instant end = validUntil.atStartOfDay(SwedishTime.ZONE).toInstant();
        if (end.isBefore(now)) {
            throw new InvalidInputException("validUntil", "agreement " + a.id() + " would end " + validUntil
                    + " (00:00 Swedish time), before now (" + DecisionTexts.local(now) + "); the past is not rewritten");
        }
        AgreementRules.requireNoOverlap(state, a.municipality(), a.id(), a.validFrom(), validUntil, "validUntil");
        return Decision.of(a.id(), new AgreementEnded(a.id(), validUntil));
    }
}
