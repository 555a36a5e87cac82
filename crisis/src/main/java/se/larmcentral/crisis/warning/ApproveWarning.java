package se.larmcentral.crisis.warning;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.crisis.warning.WarningEvent.WarningApproved;

import java.time.Instant;

/** A second person approves a draft (two-person rule: never the one who drafted it). */
public record ApproveWarning(String identifier, String approvedBy) implements Command<PublicWarnings, PublicWarning> {

    @Override
    public Decision<PublicWarning> decide(PublicWarnings state, Instant now) {
        PublicWarning w = DraftWarning.known(state, identifier);
        String by = DraftWarning.person("approvedBy", approvedBy);
        Verdict verdict = WarningLifecycle.approve(w, by);
        if (!verdict.allowed()) {
            throw new ConflictException("approvedBy", verdict.reason());
        }
        return Decision.of(w.approve(new Step(by, now)), new WarningApproved(w.identifier(), by, now));
    }
}
