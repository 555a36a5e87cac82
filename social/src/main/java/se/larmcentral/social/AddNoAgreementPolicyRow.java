package se.larmcentral.social;

import java.time.Instant;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;

/** Adds a dated row to the no-agreement policy (a later change of what is done without an agreement). */
public record AddNoAgreementPolicyRow(NoAgreementPolicy row) implements Command<SocialState, Instant> {

    @Override
    public Decision<Instant> decide(SocialState state, Instant now) {
        if (row == null) {
            throw new InvalidInputException("row", "is missing");
        }
        for (NoAgreementPolicy existing : state.policyRows()) {
            if (existing.from().equals(row.from())) {
                throw new ConflictException("from", "a policy row already starts at " + row.from());
            }
        }
        return Decision.of(row.from(), new NoAgreementPolicyAdded(row));
    }
}
