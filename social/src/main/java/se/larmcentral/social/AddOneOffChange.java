package se.larmcentral.social;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;

/** Adds a one-off change (for example before the holidays) to an extended agreement. */
public record AddOneOffChange(String agreementId, OneOffChange change) implements Command<SocialState, String> {

    @Override
    public Decision<String> decide(SocialState state, Instant now) {
        Agreement a = state.requireAgreement("agreementId", agreementId);
        if (change == null) {
            throw new InvalidInputException("change", "is missing");
        }
        if (a.kind() != AgreementKind.EXTENDED) {
            throw new InvalidInputException("change", "one-off changes are an add-on service; agreement " + a.id() + " is BASIC");
        }
        if (change.action() == OneOffChange.Action.CLOSE && change.note() == null && a.message() == null) {
            throw new InvalidInputException("note", "a closing change needs a message for callers (the agreement has none)");
        }
        for (OneOffChange other : a.oneOffChanges()) {
            if (other.id().equals(change.id())) {
                throw new ConflictException("id", "agreement " + a.id() + " already has a one-off change '" + change.id() + "'");
            }
        }
        List<OneOffChange> all = new ArrayList<>(a.oneOffChanges());
        all.add(change);
        AgreementRules.requireNoOverlap(all);
        return Decision.of(change.id(), new OneOffChangeAdded(a.id(), change));
    }
}
