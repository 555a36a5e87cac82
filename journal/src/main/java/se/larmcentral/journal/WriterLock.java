package se.larmcentral.journal;

/** A journal's single writer lock, held from {@link Journal#lockWriter()} until {@link #close()}. */
public interface WriterLock extends AutoCloseable {

    WriterHolder holder();

    /** The fencing epoch the holder appends under (a shared journal's lease), 0 where there is none. */
    default long epoch() {
        return 0;
    }

    /** Whether the holder already knows it lost the lock (a lease taken over); the fence refuses its appends anyway. */
    default boolean isLost() {
        return false;
    }

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
