package se.larmcentral.journal;

import se.larmcentral.core.UnavailableException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** Reads and appends journal rows over JDBC; the same SQL serves H2 and PostgreSQL. */
public final class JdbcJournal {

    private static final String INSERT = "INSERT INTO journal_event "
            + "(seq, type, version, occurred_at, actor_id, actor_kind, payload) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT seq, type, version, occurred_at, actor_id, actor_kind, payload "
            + "FROM journal_event WHERE seq > ? ORDER BY seq";

    private final DataSource dataSource;

    public JdbcJournal(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Appends the rows in one transaction: all of them become visible, or none. */
    public void append(Connection connection, List<StoredEvent> rows) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (StoredEvent row : rows) {
                insert.setLong(1, row.sequence());
                insert.setString(2, row.type());
                insert.setInt(3, row.version());
                insert.setObject(4, OffsetDateTime.ofInstant(row.at(), ZoneOffset.UTC));
                insert.setString(5, row.actorId());
                insert.setString(6, row.actorKind());
                insert.setString(7, row.payload());
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // The connection is already gone; the transaction died with it.
            }
            throw e;
        }
    }

    /** Up to {@code limit} rows after {@code afterSequence}, in order. */
    public List<StoredEvent> readAfter(long afterSequence, int limit) {
        List<StoredEvent> rows = new ArrayList<>(Math.min(limit, 1024));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setMaxRows(limit);
            select.setLong(1, afterSequence);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /**
     * Streams every row after {@code afterSequence} to {@code sink} in order, fetching in large pages: the
     * replay at start-up. The sink may throw to stop.
     */
    public long forEachAfter(long afterSequence, Consumer<StoredEvent> sink) {
        long count = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                select.setFetchSize(10_000);
                select.setLong(1, afterSequence);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(row(rs));
                        count++;
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            return count;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /**
     * Like {@link #forEachAfter}, but fetches on a second thread while {@code sink} works, so reading rows and
     * decoding them overlap: the start-up replay of a long journal. The reader is never interrupted: an interrupt
     * inside H2's file I/O closes its file channel under every other thread using the database.
     */
    public long forEachAfterPipelined(long afterSequence, Consumer<StoredEvent> sink) {
        BlockingQueue<List<StoredEvent>> chunks = new ArrayBlockingQueue<>(8);
        List<StoredEvent> end = new ArrayList<>(0); // its own instance: List.copyOf of an empty chunk is List.of()
        AtomicBoolean stopped = new AtomicBoolean();
        RuntimeException[] failure = new RuntimeException[1];
        Thread reader = Thread.ofPlatform().name("journal-replay-reader").daemon(true).start(() -> {
            List<StoredEvent> chunk = new ArrayList<>(CHUNK);
            try {
                forEachAfter(afterSequence, row -> {
                    if (stopped.get()) {
                        throw new ReplayStopped();
                    }
                    chunk.add(row);
                    if (chunk.size() == CHUNK) {
                        handOver(chunks, List.copyOf(chunk), stopped);
                        chunk.clear();
                    }
                });
                handOver(chunks, List.copyOf(chunk), stopped);
            } catch (ReplayStopped e) {
                return; // the consumer failed and said so
            } catch (RuntimeException e) {
                failure[0] = e;
            } catch (Error e) {
                failure[0] = new IllegalStateException("the replay reader failed: " + e, e);
            }
            try {
                handOver(chunks, end, stopped);
            } catch (ReplayStopped ignored) {
                // the consumer is gone
            }
        });
        long count = 0;
        try {
            for (List<StoredEvent> chunk = take(chunks, reader); chunk != end; chunk = take(chunks, reader)) {
                for (StoredEvent row : chunk) {
                    sink.accept(row);
                }
                count += chunk.size();
            }
        } catch (RuntimeException e) {
            stopped.set(true);
            join(reader);
            throw e;
        }
        join(reader);
        if (failure[0] != null) {
            throw failure[0];
        }
        return count;
    }

    private static final int CHUNK = 2048;

    /** Thrown inside the reader when the consumer has stopped, to leave the result set. */
    private static final class ReplayStopped extends RuntimeException {
        ReplayStopped() {
            super(null, null, false, false);
        }
    }

    private static void handOver(BlockingQueue<List<StoredEvent>> queue, List<StoredEvent> chunk, AtomicBoolean stopped) {
        try {
            while (!queue.offer(chunk, 20, TimeUnit.MILLISECONDS)) {
                if (stopped.get()) {
                    throw new ReplayStopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplayStopped();
        }
    }

    /** The next chunk; never waits forever on a reader that died without saying so. */
    private static List<StoredEvent> take(BlockingQueue<List<StoredEvent>> queue, Thread reader) {
        try {
            while (true) {
                List<StoredEvent> chunk = queue.poll(100, TimeUnit.MILLISECONDS);
                if (chunk != null) {
                    return chunk;
                }
                if (!reader.isAlive() && queue.isEmpty()) {
                    throw new UnavailableException("the journal replay stopped before the end of the journal", null);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay interrupted", e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public long lastSequence() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT MAX(seq) FROM journal_event");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static StoredEvent row(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getLong(1), rs.getString(2), rs.getInt(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), rs.getString(6), rs.getString(7));
    }

    static UnavailableException unavailable(Exception e) {
        return new UnavailableException("the journal database is unavailable: " + JournalDatabase.rootMessage(e), e);
    }
}
