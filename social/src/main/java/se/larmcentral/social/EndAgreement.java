package se.larmcentral.social;

import java.time.Instant;
import java.time.LocalDate;

import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;

/** Ends an agreement on a date (the first day it is no longer in force); it stays in the history. */
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
        AgreementRules.requireNoOverlap(state, a.municipality(), a.id(), a.validFrom(), validUntil, "validUntil");
        return Decision.of(a.id(), new AgreementEnded(a.id(), validUntil));
    }
}
