package se.larmcentral.journal;

/**
 * A journal row that cannot be read back (unknown type, broken JSON, a checksum that does not hold, an event the
 * state refuses). Start-up stops with it: a row is never skipped silently, since the state would differ from what
 * was recorded; a person sets it aside with {@code larm journal quarantine}, which is kept with who, when and why.
 */
public final class JournalCorruptException extends RuntimeException {

    private final long sequence;

    public JournalCorruptException(long sequence, String reason, Throwable cause) {
        super("journal row with sequence number " + sequence + " cannot be read: " + reason + ". Look at it with"
                + " `./larm journal show " + sequence + "`; when it cannot be read by this version, set it aside with"
                + " `./larm journal quarantine " + sequence + " --reason \"...\"` (kept, no longer replayed), then"
                + " start again", cause);
        this.sequence = sequence;
    }

    public long sequence() {
        return sequence;
    }
}
