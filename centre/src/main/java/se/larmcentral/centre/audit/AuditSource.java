package se.larmcentral.centre.audit;

import se.larmcentral.core.Recorded;

import java.util.Optional;

/**
 * A module's recorded changes for the audit, where the centre does not know the module (it depends on the centre:
 * the alarm register). The assembly hands its sources to {@link AuditTrail}; only the rows a source covers are decoded
 * for it.
 */
public interface AuditSource {

    /** Whether a row of this journal type ({@code alarms.CustomerSaved}) is this source's. */
    boolean covers(String eventType);

    /** A reader for one query: it replays the source's events from the journal's start. */
    Reader reader();

    /** Follows the source's events in journal order, so each change is seen with the content before it. */
    interface Reader {

        /**
         * Applies the event and answers its entry when it is a change to list.
         *
         * @param listed whether the query wants it by page, actor and time (the event is applied either way)
         */
        Optional<AuditEntry> apply(Recorded recorded, String eventType, boolean listed);
    }
}
