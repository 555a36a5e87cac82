package se.larmcentral.journal;

/** A journal's single writer lock, held from {@link Journal#lockWriter()} until {@link #close()}. */
public interface WriterLock extends AutoCloseable {

    WriterHolder holder();

    /**
     * Makes sure the lock is still held after the store was away (a dropped connection frees a PostgreSQL
     * advisory lock), taking it again if it was lost. Throws {@link JournalInUseException} when another writer took
     * it meanwhile, {@link se.larmcentral.core.UnavailableException} while the store is still away.
     */
    void ensureHeld();

    /** Releases the lock; a second call does nothing. */
    @Override
    void close();
}
