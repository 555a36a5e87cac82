package se.larmcentral.journal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The writer lock of an embedded (H2) {@link JdbcJournal}, with a {@code journal_writer} row naming the holder so
 * that a refused second writer can say who to stop. Another process cannot open the file at all (H2's file lock),
 * so only this JVM needs a guard: one writer per database URL. (PostgreSQL journals use {@link PostgresLease}.)
 */
final class JdbcWriterLock implements WriterLock {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcWriterLock.class);
    private static final Set<String> H2_WRITERS_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final JournalDatabase database;
    private final WriterHolder me;
    private final String h2Key;
    private boolean closed;

    private JdbcWriterLock(JournalDatabase database, WriterHolder me, String h2Key) {
        this.database = database;
        this.me = me;
        this.h2Key = h2Key;
    }

    static JdbcWriterLock acquire(JournalDatabase database) {
        WriterHolder me = WriterHolder.thisProcess(Clock.systemUTC());
        String key = database.settings().jdbcUrl().split(";")[0] + "|" + database.settings().schema();
        if (!H2_WRITERS_IN_THIS_JVM.add(key)) {
            throw new JournalInUseException(readHolder(database));
        }
        JdbcWriterLock lock = new JdbcWriterLock(database, me, key);
        try {
            lock.writeRow();
            return lock;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    @Override
    public WriterHolder holder() {
        return me;
    }

    @Override
    public synchronized void ensureHeld() {
        if (closed) {
            throw new IllegalStateException("the writer lock was released");
        }
        // the JVM guard cannot be lost
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM journal_writer WHERE host = ? AND process_id = ? AND started_at = ?")) {
            bindHolder(delete, 1);
            delete.executeUpdate();
            commitIfNeeded(connection);
        } catch (SQLException | RuntimeException e) {
            LOG.info("the journal_writer row was not cleared ({}); the next writer overwrites it", JournalDatabase.rootMessage(e));
        }
        if (h2Key != null) {
            H2_WRITERS_IN_THIS_JVM.remove(h2Key);
        }
    }

    private void writeRow() {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM journal_writer");
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO journal_writer (id, host, process_id, started_at) VALUES (1, ?, ?, ?)")) {
                delete.executeUpdate();
                bindHolder(insert, 1);
                insert.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw JdbcJournal.unavailable(e);
        }
    }

    /** Who the row names, or null when there is none or it cannot be read. */
    private static WriterHolder readHolder(JournalDatabase database) {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT host, process_id, started_at FROM journal_writer WHERE id = 1");
             ResultSet rs = select.executeQuery()) {
            return rs.next()
                    ? new WriterHolder(rs.getString(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class).toInstant())
                    : null;
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    private void bindHolder(PreparedStatement statement, int first) throws SQLException {
        statement.setString(first, me.host());
        statement.setLong(first + 1, me.processId());
        statement.setObject(first + 2, OffsetDateTime.ofInstant(me.since(), ZoneOffset.UTC));
    }

    private static void commitIfNeeded(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

}
