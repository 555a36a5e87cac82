package se.larmcentral.journal;

/**
 * A journal row that cannot be read back (unknown type, broken JSON, an event the state refuses). Start-up
 * stops with it: a row is never skipped, since the state would silently differ from what was recorded.
 */
public final class JournalCorruptException extends RuntimeException {

    private final long sequence;

    public JournalCorruptException(long sequence, String reason, Throwable cause) {
        super("journal row with sequence number " + sequence + " cannot be read: " + reason, cause);
        this.sequence = sequence;
    }

    public long sequence() {
        return sequence;
    }
}
