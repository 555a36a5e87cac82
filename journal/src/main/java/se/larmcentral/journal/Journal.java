package se.larmcentral.journal;

import java.util.List;
import java.util.function.Consumer;

/**
 * The centre's append-only event store: rows numbered 1, 2, 3... without gaps, in the order the single writer
 * decided them. {@link JdbcJournal} keeps them in H2 or PostgreSQL; {@link InMemoryJournal} in memory, for
 * tests and simulations. Failures to reach the store are {@link se.larmcentral.core.UnavailableException}s.
 */
public interface Journal extends AutoCloseable {

    /**
     * Appends the rows atomically: all of them become visible, or none. They must continue the journal (the
     * first is {@link #lastSequence()} + 1, each the next); otherwise nothing is written and
     * {@link SequenceConflictException} says why (a second writer, or a writer that lost track after a failure).
     */
    void append(List<StoredEvent> rows);

    /** Up to {@code limit} rows after {@code afterSequence}, in order. */
    List<StoredEvent> readAfter(long afterSequence, int limit);

    /** Streams every row after {@code afterSequence} to {@code sink} in order; returns how many. The sink may throw to stop. */
    long forEachAfter(long afterSequence, Consumer<StoredEvent> sink);

    /**
     * Like {@link #forEachAfter}, but the store may fetch the next rows while {@code sink} works on these: the
     * replay of a long journal at start-up. Same rows, same order.
     */
    default long forEachAfterPipelined(long afterSequence, Consumer<StoredEvent> sink) {
        return forEachAfter(afterSequence, sink);
    }

    /** The sequence number of the last row, 0 when the journal is empty. */
    long lastSequence();

    /** Whether the store answers now. */
    boolean isReachable();

    /**
     * Takes the journal's single writer lock, held until the returned lock is closed. A journal has one writer at a
     * time, whichever process it runs in: a second one is refused with {@link JournalInUseException} naming the holder.
     */
    WriterLock lockWriter();

    /** Releases the store (for an embedded database: compacts and closes it). Close the writer first. */
    @Override
    void close();
}
