package se.larmcentral.crisis.warning;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.crisis.warning.WarningEvent.WarningPublished;

import java.time.Instant;

/** Publishes an approved message; an update replaces the message it references from this instant. */
public record PublishWarning(String identifier, String publishedBy) implements Command<PublicWarnings, PublicWarning> {

    @Override
    public Decision<PublicWarning> decide(PublicWarnings state, Instant now) {
        PublicWarning w = DraftWarning.known(state, identifier);
        String by = DraftWarning.person("publishedBy", publishedBy);
        PublicWarning earlier = w.references() == null ? null : state.find(w.references()).orElseThrow();
        Verdict verdict = WarningLifecycle.publish(w, earlier, now);
        if (!verdict.allowed()) {
            throw new ConflictException("identifier", verdict.reason());
        }
        return Decision.of(w.publish(new Step(by, now)), new WarningPublished(w.identifier(), by, now));
    }
}
