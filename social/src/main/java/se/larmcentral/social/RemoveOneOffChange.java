package se.larmcentral.social;

import java.time.Instant;

import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.NotFoundException;

/** Withdraws a one-off change. */
public record RemoveOneOffChange(String agreementId, String changeId) implements Command<SocialState, String> {

    @Override
    public Decision<String> decide(SocialState state, Instant now) {
        Agreement a = state.requireAgreement("agreementId", agreementId);
        if (a.oneOffChanges().stream().noneMatch(c -> c.id().equals(changeId))) {
            throw new NotFoundException("changeId", "changeId: agreement " + a.id() + " has no one-off change '" + changeId + "'");
        }
        return Decision.of(changeId, new OneOffChangeRemoved(a.id(), changeId));
    }
}
