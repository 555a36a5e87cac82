package se.larmcentral.crisis.warning;

import se.larmcentral.core.DomainEvent;

import java.time.Instant;

/** What happens to public messages (journal names {@code crisis.Warning...}). */
public sealed interface WarningEvent extends DomainEvent {

    String identifier();

    /** A message (new, or an update of {@code references}) written; not public. */
    record WarningDrafted(String identifier, String sender, String references, WarningContent content,
                          String draftedBy, Instant at) implements WarningEvent {
    }

    /** A second person approved the draft (two-person rule). */
    record WarningApproved(String identifier, String approvedBy, Instant at) implements WarningEvent {
    }

    /** Made public; an update replaces the one it references from this instant. */
    record WarningPublished(String identifier, String publishedBy, Instant at) implements WarningEvent {
    }

    /** Withdrawn; a published one by the CAP Cancel message {@code cancelIdentifier}. */
    record WarningCancelled(String identifier, String cancelIdentifier, String reason, String cancelledBy, Instant at)
            implements WarningEvent {
    }

    /** Another authority's CAP message, imported to be shown. */
    record WarningImported(String identifier, ImportedWarning warning, String importedBy, Instant at)
            implements WarningEvent {
    }
}
