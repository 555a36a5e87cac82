package se.larmcentral.journal;

/**
 * Stops a running journal in the one order that loses nothing and logs nothing, on a normal stop and on Ctrl-C
 * alike: the writer first (it commits or fails the batch in hand, then releases the writer lock), then the journal
 * (an embedded H2 file is compacted with {@code SHUTDOWN COMPACT}, then the pool closes). Closing the pool first
 * would pull connections from under the writer; H2's own exit hook is off ({@code DB_CLOSE_ON_EXIT=FALSE}) so
 * that it cannot close the database under this one.
 */
public record JournalShutdown(CommandLoop<?> loop, Journal journal) implements AutoCloseable {

    /** Idempotent; safe from a shutdown hook and a normal stop racing. */
    @Override
    public void close() {
        synchronized (this) {
            loop.close();
            journal.close();
        }
    }

    /**
     * Registers {@link #close()} to run when the JVM exits (Ctrl-C, SIGTERM, {@code System.exit}) and returns the
     * hook, which a normal stop may remove with {@link Runtime#removeShutdownHook} after closing.
     */
    public Thread closeOnExit() {
        Thread hook = new Thread(this::close, "journal-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }
}
