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

    /**
     * Appends the rows and, in the same transaction, the idempotency keys of the commands that decided them. A
     * journal that keeps no keys refuses keys.
     */
    default void append(List<StoredEvent> rows, List<CommandKey> keys) {
        if (!keys.isEmpty()) {
            throw new UnsupportedOperationException("this journal keeps no command keys");
        }
        append(rows);
    }

    /**
     * The recorded command keys whose rows end after {@code afterSequence}, in order; returns how many. A store may
     * leave out keys older than {@link CommandLoop#KEY_WINDOW}.
     */
    default long forEachCommandKey(long afterSequence, Consumer<CommandKey> sink) {
        return 0;
    }

    /**
     * Whether other processes may write this journal in turn (PostgreSQL): then a node without the writer lease
     * follows it ({@link CommandLoop}) rather than stopping.
     */
    default boolean isShared() {
        return false;
    }

    /** The writer lease row of a shared journal: holder, epoch, expiry; empty when none was ever taken or not shared. */
    default java.util.Optional<Lease> lease() {
        return java.util.Optional.empty();
    }

    /** This node's id in a shared journal's lease. */
    default String nodeId() {
        return ClusterSettings.defaultNodeId();
    }

    /** Records this node's role and progress for {@code larm cluster status} (a shared journal; else nothing). */
    default void heartbeat(boolean active, long epoch, long appliedSequence) {
    }

    /** What each node of a shared journal last said of itself, by node id. */
    default List<NodeState> nodes() {
        return List.of();
    }

    /** Waits up to {@code max} for another node's append (a notification where the store has them); may return early. */
    default void awaitAppend(java.time.Duration max) {
        try {
            Thread.sleep(max.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

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

    /**
     * Every row after {@code afterSequence}, quarantined ones included, each with whether its checksum holds: what
     * {@code larm journal verify} reads. Refuses no row. (Reads and the replay skip quarantined rows and refuse a row
     * whose checksum does not hold with {@link JournalCorruptException}.)
     */
    default long inspect(long afterSequence, Consumer<InspectedRow> sink) {
        return forEachAfter(afterSequence, row -> sink.accept(new InspectedRow(row, InspectedRow.Check.VALID, null)));
    }

    /** The rows set aside, by sequence number; reads and the replay skip them. */
    default List<Quarantine> quarantined() {
        return List.of();
    }

    /**
     * Sets a row aside: kept, but skipped by reads and the replay from now on. Only with no writer running (the
     * writer lock held by the caller). Refused with a {@link se.larmcentral.core.DomainException} when there is no
     * such row or it is already set aside.
     */
    default void quarantine(Quarantine quarantine) {
        throw new UnsupportedOperationException("this journal cannot set rows aside");
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
