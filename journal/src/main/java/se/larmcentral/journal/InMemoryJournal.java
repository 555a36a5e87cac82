package se.larmcentral.journal;

import se.larmcentral.core.UnavailableException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * A journal in memory: no I/O, thread-safe, the same rules as {@link JdbcJournal} (appends all-or-nothing, the
 * sequence checked, one writer). For tests and for a simulation that runs a year in virtual time. Nothing
 * survives the process. {@link #setReachable} simulates the store going away.
 */
public final class InMemoryJournal implements Journal {

    private static final int STREAM_CHUNK = 1024;

    private final Clock clock;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<StoredEvent> rows = new ArrayList<>(); // rows.get(i).sequence() == i + 1
    private final Map<Long, Quarantine> setAside = new TreeMap<>();
    private final List<CommandKey> keys = new ArrayList<>();
    private final AtomicReference<WriterHolder> writer = new AtomicReference<>();
    private volatile boolean reachable = true;

    public InMemoryJournal() {
        this(Clock.systemUTC());
    }

    /** @param clock stamps the writer lock's "since" (a simulation passes its virtual clock) */
    public InMemoryJournal(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void append(List<StoredEvent> batch) {
        append(batch, List.of());
    }

    @Override
    public void append(List<StoredEvent> batch, List<CommandKey> commandKeys) {
        requireReachable();
        lock.writeLock().lock();
        try {
            SequenceConflictException.requireContinues(batch, rows.size() + 1L);
            rows.addAll(batch);
            keys.addAll(commandKeys);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public long forEachCommandKey(long afterSequence, Consumer<CommandKey> sink) {
        List<CommandKey> copy;
        lock.readLock().lock();
        try {
            copy = keys.stream().filter(k -> k.lastSequence() > afterSequence).toList();
        } finally {
            lock.readLock().unlock();
        }
        copy.forEach(sink);
        return copy.size();
    }

    @Override
    public List<StoredEvent> readAfter(long afterSequence, int limit) {
        requireReachable();
        lock.readLock().lock();
        try {
            List<StoredEvent> page = new ArrayList<>(Math.min(Math.max(0, limit), 1024));
            for (int i = (int) Math.clamp(afterSequence, 0, rows.size()); i < rows.size() && page.size() < limit; i++) {
                if (!setAside.containsKey(rows.get(i).sequence())) {
                    page.add(rows.get(i));
                }
            }
            return List.copyOf(page);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Hands the rows over in chunks copied under the lock, so a slow sink never holds up an append. */
    @Override
    public long forEachAfter(long afterSequence, Consumer<StoredEvent> sink) {
        long count = 0;
        long after = afterSequence;
        List<StoredEvent> chunk;
        while (!(chunk = readAfter(after, STREAM_CHUNK)).isEmpty()) {
            for (StoredEvent row : chunk) {
                sink.accept(row);
            }
            count += chunk.size();
            after = chunk.getLast().sequence();
        }
        return count;
    }

    /** Every row, each with a valid checksum (nothing here can change a row). */
    @Override
    public long inspect(long afterSequence, Consumer<InspectedRow> sink) {
        List<InspectedRow> all = new ArrayList<>();
        lock.readLock().lock();
        try {
            for (int i = (int) Math.clamp(afterSequence, 0, rows.size()); i < rows.size(); i++) {
                all.add(new InspectedRow(rows.get(i), InspectedRow.Check.VALID, setAside.get(rows.get(i).sequence())));
            }
        } finally {
            lock.readLock().unlock();
        }
        all.forEach(sink);
        return all.size();
    }

    @Override
    public List<Quarantine> quarantined() {
        lock.readLock().lock();
        try {
            return List.copyOf(setAside.values());
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void quarantine(Quarantine quarantine) {
        QuarantineRules.reason(quarantine.reason());
        requireReachable();
        lock.writeLock().lock();
        try {
            long sequence = quarantine.sequence();
            QuarantineRules.requireAllowed(sequence, sequence >= 1 && sequence <= rows.size(), setAside.containsKey(sequence));
            setAside.put(sequence, quarantine);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public long lastSequence() {
        requireReachable();
        lock.readLock().lock();
        try {
            return rows.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public boolean isReachable() {
        return reachable;
    }

    /** Simulates the store going away ({@code false}: every call fails as a database outage would) and coming back. */
    public void setReachable(boolean reachable) {
        this.reachable = reachable;
    }

    @Override
    public WriterLock lockWriter() {
        WriterHolder me = WriterHolder.thisProcess(clock);
        WriterHolder holder = writer.compareAndExchange(null, me);
        if (holder != null) {
            throw new JournalInUseException(holder);
        }
        return new WriterLock() {
            @Override
            public WriterHolder holder() {
                return me;
            }

            @Override
            public void ensureHeld() {
                requireReachable();
            }

            @Override
            public void close() {
                writer.compareAndSet(me, null);
            }
        };
    }

    /** Nothing to release: the rows stay readable. */
    @Override
    public void close() {
    }

    private void requireReachable() {
        if (!reachable) {
            throw new UnavailableException("the journal database is unavailable: the in-memory journal is cut off", null);
        }
    }
}
