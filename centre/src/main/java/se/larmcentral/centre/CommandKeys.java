package se.larmcentral.centre;

/**
 * The idempotency key of the request a front is handling, for the commands it executes meanwhile on this thread:
 * {@link Centre#execute} records the n-th command under {@code key#n}, in the same transaction as its events, so the
 * same request again (a retry after a lost answer, on this node or on the one that took over) is refused with
 * {@link se.larmcentral.journal.AlreadyRecordedException} instead of recording its commands twice.
 */
public final class CommandKeys {

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private CommandKeys() {
    }

    private static final class Scope {
        private final String key;
        private int next;

        Scope(String key) {
            this.key = key;
        }
    }

    /** Runs {@code work} with its commands keyed by {@code key} (1 to 300 characters). */
    public static <T> T with(String key, java.util.concurrent.Callable<T> work) throws Exception {
        if (key == null || key.isEmpty() || key.length() > 300) {
            throw new IllegalArgumentException("a command key is 1 to 300 characters");
        }
        Scope outer = CURRENT.get();
        CURRENT.set(new Scope(key));
        try {
            return work.call();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The key for the next command executed on this thread, or null outside {@link #with}. */
    static String next() {
        Scope scope = CURRENT.get();
        return scope == null ? null : scope.key + "#" + scope.next++;
    }
}
