package se.larmcentral.centre.audit;

import java.time.Instant;
import java.util.List;

/**
 * One recorded change, as the audit shows it: who made it and when, what it was about, and that thing's content just
 * before and just after it (in the shape the journal records it; null where it did not exist).
 *
 * @param sequence       the event's place in the journal
 * @param at             when the command was decided
 * @param actor          who made the change (an account name, {@code oidc:...} for single sign-on, or a machine)
 * @param actorKind      PERSON, DEVICE, INTEGRATION or SYSTEM
 * @param event          the journal's event type, e.g. {@code social.RosterReplaced}
 * @param subject        what was changed
 * @param subjectId      which one: the jour's id (roster, jour), the agreement's id, the municipality (direct numbers)
 * @param municipalities the municipalities the change concerned at the time (a jour's: those it then served)
 * @param summary        one line for people
 * @param before         the content before the change; for a roster, its shifts in the changed period
 * @param after          the content after it
 */
public record AuditEntry(long sequence, Instant at, String actor, String actorKind, String event, AuditSubject subject,
                         String subjectId, List<String> municipalities, String summary, Object before, Object after) {

    public AuditEntry {
        municipalities = List.copyOf(municipalities);
    }

    /** The answer: entries oldest first, and where the next page starts. */
    public record Page(List<AuditEntry> entries, long next, boolean more) {
    }
}
