package se.larmcentral.journal;

/**
 * An append whose rows do not continue the journal: nothing was written. Either a second writer wrote (the
 * writer lock should prevent it) or this writer's idea of the last sequence number is stale.
 */
public final class SequenceConflictException extends RuntimeException {

    public SequenceConflictException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Refuses rows that are not numbered one after the other from {@code expectedFirst}. */
    static void requireContinues(java.util.List<StoredEvent> rows, long expectedFirst) {
        long expected = expectedFirst;
        for (StoredEvent row : rows) {
            if (row.sequence() != expected) {
                throw new SequenceConflictException("row with sequence number " + row.sequence()
                        + " does not continue the journal: expected " + expected, null);
            }
            expected++;
        }
    }
}
