package se.larmcentral.journal;

/**
 * A second writer was refused: the journal's writer lock is held by {@link #holder()}. A command-line tool that
 * gets this must go through the running centre's HTTP API instead of writing beside it.
 *
 * <p>Not an {@link se.larmcentral.core.UnavailableException}: that class is final in {@code core}.
 */
public final class JournalInUseException extends RuntimeException {

    private final WriterHolder holder;

    public JournalInUseException(WriterHolder holder) {
        super("the journal is held by " + (holder == null ? "another writer (it did not say who)" : holder.describe())
                + "; stop it or use its HTTP API");
        this.holder = holder;
    }

    /** The holder, or null when it could not be read. */
    public WriterHolder holder() {
        return holder;
    }
}
