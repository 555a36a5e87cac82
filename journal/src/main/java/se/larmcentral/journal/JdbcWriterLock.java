package se.larmcentral.journal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.larmcentral.core.UnavailableException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The writer lock of a {@link JdbcJournal}, with a {@code journal_writer} row naming the holder so that a refused
 * second writer can say who to stop.
 *
 * <ul>
 *   <li>PostgreSQL: a session-level advisory lock keyed by the journal's schema, on a connection kept open for as
 *   long as the lock is held. If the holder dies, its connection drops and PostgreSQL frees the lock; the next
 *   writer overwrites the row.</li>
 *   <li>H2: another process cannot open the file at all (H2's file lock), so only this JVM needs a guard: one
 *   writer per database URL.</li>
 * </ul>
 */
final class JdbcWriterLock implements WriterLock {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcWriterLock.class);
    private static final String KEY = "hashtextextended('larmcentral.journal_writer.' || current_schema(), 0)";
    private static final Set<String> H2_WRITERS_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final JournalDatabase database;
    private final WriterHolder me;
    private final String h2Key;
    private Connection session; // PostgreSQL: the connection holding the advisory lock
    private boolean closed;

    private JdbcWriterLock(JournalDatabase database, WriterHolder me, String h2Key, Connection session) {
        this.database = database;
        this.me = me;
        this.h2Key = h2Key;
        this.session = session;
    }

    static JdbcWriterLock acquire(JournalDatabase database) {
        WriterHolder me = WriterHolder.thisProcess(Clock.systemUTC());
        JdbcWriterLock lock;
        if (database.settings().isPostgres()) {
            lock = new JdbcWriterLock(database, me, null, takeAdvisoryLock(database));
        } else {
            String key = database.settings().jdbcUrl().split(";")[0] + "|" + database.settings().schema();
            if (!H2_WRITERS_IN_THIS_JVM.add(key)) {
                throw new JournalInUseException(readHolder(database));
            }
            lock = new JdbcWriterLock(database, me, key, null);
        }
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
        if (session == null && h2Key != null) {
            return; // the JVM guard cannot be lost
        }
        if (session != null && isValid(session)) {
            return;
        }
        closeQuietly(session);
        session = null;
        session = takeAdvisoryLock(database);
        writeRow();
        LOG.info("journal writer lock taken again after the database connection was lost");
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
        if (session != null) {
            try (PreparedStatement unlock = session.prepareStatement("SELECT pg_advisory_unlock(" + KEY + ")")) {
                unlock.execute();
            } catch (SQLException e) {
                // the connection is gone, and the lock with it
            }
            closeQuietly(session);
            session = null;
        }
        if (h2Key != null) {
            H2_WRITERS_IN_THIS_JVM.remove(h2Key);
        }
    }

    /**
     * A connection of its own (outside the pool, so that closing it surely ends the session and its lock) holding
     * the advisory lock, or the refusal naming the holder.
     */
    private static Connection takeAdvisoryLock(JournalDatabase database) {
        Connection connection = null;
        try {
            connection = dedicatedConnection(database.settings());
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(" + KEY + ")");
                 ResultSet rs = lock.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return connection;
                }
            }
        } catch (SQLException e) {
            closeQuietly(connection);
            throw JdbcJournal.unavailable(e);
        }
        closeQuietly(connection);
        throw new JournalInUseException(readHolder(database));
    }

    private static Connection dedicatedConnection(JournalSettings settings) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", settings.user());
        properties.setProperty("password", settings.password());
        properties.setProperty("connectTimeout", String.valueOf(Math.max(1, settings.connectTimeout().toSeconds())));
        properties.setProperty("tcpKeepAlive", "true"); // notice a vanished server on a connection that is mostly idle
        properties.setProperty("ApplicationName", "larmcentral journal writer");
        Connection connection = DriverManager.getConnection(settings.jdbcUrl(), properties);
        if (settings.schema() != null) {
            connection.setSchema(settings.schema());
        }
        return connection;
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

    private static boolean isValid(Connection connection) {
        try {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already broken
        }
    }
}
