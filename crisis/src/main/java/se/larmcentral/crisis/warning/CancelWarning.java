package se.larmcentral.crisis.warning;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.Identifier;
import se.larmcentral.crisis.warning.WarningEvent.WarningCancelled;

import java.time.Instant;

/**
 * Cancels a message: a published one is withdrawn by a CAP Cancel message under {@code cancelIdentifier} (a new
 * identifier); a draft or an approved one is dropped (no Cancel message, the identifier may be null).
 */
public record CancelWarning(String identifier, String cancelIdentifier, String reason, String cancelledBy)
        implements Command<PublicWarnings, PublicWarning> {

    @Override
    public Decision<PublicWarning> decide(PublicWarnings state, Instant now) {
        PublicWarning w = DraftWarning.known(state, identifier);
        String by = DraftWarning.person("cancelledBy", cancelledBy);
        String why = Texts.required("reason", reason, 500, false);
        Verdict verdict = WarningLifecycle.cancel(w);
        if (!verdict.allowed()) {
            throw new ConflictException("identifier", verdict.reason());
        }
        String cancelId = null;
        if (w.stage() == Stage.PUBLISHED) {
            cancelId = Identifier.require("cancelIdentifier", cancelIdentifier);
            if (state.taken(cancelId)) {
                throw new ConflictException("cancelIdentifier", "identifier " + cancelId + " is already used");
            }
        }
        return Decision.of(w.cancel(new Step(by, now), cancelId, why),
                new WarningCancelled(w.identifier(), cancelId, why, by, now));
    }
}
