package se.larmcentral.journal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Properties;

/**
 * The writer lease of a journal several nodes share in PostgreSQL: the {@code journal_lease} row names the holder,
 * its fencing epoch and its expiry in database time. It is taken only when free (no row, or expired), and taking it
 * raises the epoch, recorded once in {@code journal_epoch}. The holder renews it on a thread and connection of its
 * own; {@link JdbcJournal#append} checks in each append's transaction that the row still carries this epoch (a
 * share lock on the row, so a takeover waits for an append in flight and every later append of the old holder is
 * refused). A node that was paused past its lease therefore never appends after waking: the fence, not the clock,
 * decides.
 */
final class PostgresLease implements WriterLock {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresLease.class);

    private static final String TAKE = """
            WITH taken AS (
              INSERT INTO journal_lease AS l (id, node_id, host, process_id, advertise_url, epoch, acquired_at, expires_at)
              VALUES (1, ?, ?, ?, ?, COALESCE((SELECT MAX(epoch) FROM journal_epoch), 0) + 1, clock_timestamp(),
                      clock_timestamp() + ? * INTERVAL '1 millisecond')
              ON CONFLICT (id) DO UPDATE SET node_id = excluded.node_id, host = excluded.host,
                  process_id = excluded.process_id, advertise_url = excluded.advertise_url, epoch = l.epoch + 1,
                  acquired_at = excluded.acquired_at, expires_at = excluded.expires_at
              WHERE l.expires_at <= clock_timestamp()
              RETURNING epoch, node_id, advertise_url, acquired_at)
            INSERT INTO journal_epoch (epoch, node_id, advertise_url, taken_at)
            SELECT epoch, node_id, advertise_url, acquired_at FROM taken RETURNING epoch""";
    private static final String RENEW = "UPDATE journal_lease SET expires_at = clock_timestamp() + ? * INTERVAL '1 millisecond' "
            + "WHERE id = 1 AND node_id = ? AND epoch = ?";
    private static final String RELEASE = "UPDATE journal_lease SET expires_at = clock_timestamp() "
            + "WHERE id = 1 AND node_id = ? AND epoch = ?";
    static final String READ = "SELECT node_id, host, process_id, advertise_url, epoch, acquired_at, expires_at, "
            + "expires_at > clock_timestamp() FROM journal_lease WHERE id = 1";

    private final JournalDatabase database;
    private final ClusterSettings cluster;
    private final WriterHolder me;
    private volatile long epoch;
    private volatile long validUntilNanos; // this node's own, conservative view: renewal started + lease
    private volatile boolean lost;
    private volatile boolean closed;
    private Connection session; // the renewal's own connection, outside the pool
    private Thread renewer;

    private PostgresLease(JournalDatabase database, ClusterSettings cluster) {
        this.database = database;
        this.cluster = cluster;
        this.me = WriterHolder.thisProcess(java.time.Clock.systemUTC());
    }

    /** Takes the lease when it is free, or fails with {@link JournalInUseException} naming the live holder. */
    static PostgresLease acquire(JournalDatabase database, ClusterSettings cluster) {
        PostgresLease lease = new PostgresLease(database, cluster);
        lease.take();
        lease.renewer = Thread.ofPlatform().name("journal-lease-renewal").daemon(true).start(lease::renewLoop);
        return lease;
    }

    /** The fencing epoch this node appends under. */
    @Override
    public long epoch() {
        return epoch;
    }

    @Override
    public boolean isLost() {
        return lost;
    }

    /** Tests: stop renewing, as a paused process would. */
    void stopRenewingForTest() {
        renewer.interrupt();
    }

    boolean isClosed() {
        return closed;
    }

    /** Whether this node may still believe it holds the lease (its own clock; the fence decides at each append). */
    boolean isHeld() {
        return !closed && !lost && System.nanoTime() - validUntilNanos < 0;
    }

    @Override
    public WriterHolder holder() {
        return me;
    }

    private synchronized void take() {
        long started = System.nanoTime();
        try {
            Connection connection = session();
            connection.setAutoCommit(false);
            try (PreparedStatement bound = connection.prepareStatement("SELECT set_config('lock_timeout', ?, true)")) {
                bound.setString(1, cluster.lease().toMillis() + "ms"); // an append in flight holds the row a moment
                bound.execute();
            }
            try (PreparedStatement lockRow = connection.prepareStatement(
                    "SELECT 1 FROM journal_lease WHERE id = 1 FOR UPDATE")) {
                lockRow.execute(); // waits for appends in flight under the present epoch (they key-share-lock it)
            }
            try (PreparedStatement take = connection.prepareStatement(TAKE)) {
                take.setString(1, cluster.nodeId());
                take.setString(2, me.host());
                take.setLong(3, me.processId());
                take.setString(4, cluster.advertiseUrl());
                take.setLong(5, cluster.lease().toMillis());
                try (ResultSet rs = take.executeQuery()) {
                    if (rs.next()) {
                        long taken = rs.getLong(1);
                        connection.commit();
                        connection.setAutoCommit(true);
                        epoch = taken;
                        validUntilNanos = started + cluster.lease().toNanos();
                        lost = false;
                        LOG.info("writer lease taken by node {} with epoch {}", cluster.nodeId(), epoch);
                        return;
                    }
                }
            }
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            dropSession();
            if ("55P03".equals(e.getSQLState())) { // lock_timeout: an append held the row (maybe a paused writer's)
                throw new JournalInUseException(read(database).map(Lease::holder).orElse(null));
            }
            throw JdbcJournal.unavailable(e);
        }
        Optional<Lease> holder = read(database);
        throw new JournalInUseException(holder.map(Lease::holder).orElse(null));
    }

    /** Renews now; false when the row no longer carries this node's epoch (taken over). */
    private synchronized boolean renew() throws SQLException {
        long started = System.nanoTime();
        try (PreparedStatement renew = session().prepareStatement(RENEW)) {
            renew.setLong(1, cluster.lease().toMillis());
            renew.setString(2, cluster.nodeId());
            renew.setLong(3, epoch);
            if (renew.executeUpdate() == 1) {
                validUntilNanos = started + cluster.lease().toNanos();
                return true;
            }
            return false;
        } catch (SQLException e) {
            dropSession();
            throw e;
        }
    }

    private void renewLoop() {
        while (!closed) {
            try {
                Thread.sleep(cluster.renewEvery().toMillis());
            } catch (InterruptedException e) {
                return;
            }
            if (closed || lost) {
                continue;
            }
            try {
                if (!renew()) {
                    lost = true;
                    LOG.warn("the writer lease (epoch {}) was taken over: {}", epoch,
                            read(database).map(Lease::describe).orElse("no holder"));
                }
            } catch (SQLException | RuntimeException e) {
                LOG.debug("lease renewal failed: {}", JournalDatabase.rootMessage(e));
            }
        }
    }

    @Override
    public synchronized void ensureHeld() {
        if (closed) {
            throw new IllegalStateException("the writer lease was released");
        }
        try {
            if (!lost && renew()) {
                return;
            }
        } catch (SQLException e) {
            throw JdbcJournal.unavailable(e);
        }
        take(); // a new epoch if the lease is free; else refused naming the holder
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (renewer != null) {
            renewer.interrupt();
        }
        synchronized (this) {
            try (PreparedStatement release = session().prepareStatement(RELEASE)) {
                release.setString(1, cluster.nodeId());
                release.setLong(2, epoch);
                release.executeUpdate();
            } catch (SQLException e) {
                LOG.info("the writer lease was not released ({}); it expires within {} ms",
                        JournalDatabase.rootMessage(e), cluster.lease().toMillis());
            }
            dropSession();
        }
    }

    /** The lease row, if any. */
    static Optional<Lease> read(JournalDatabase database) {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(READ);
             ResultSet rs = select.executeQuery()) {
            return rs.next() ? Optional.of(lease(rs)) : Optional.empty();
        } catch (SQLException e) {
            throw JdbcJournal.unavailable(e);
        }
    }

    static Lease lease(ResultSet rs) throws SQLException {
        return new Lease(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getObject(7, OffsetDateTime.class).toInstant(),
                rs.getBoolean(8));
    }

    private Connection session() throws SQLException {
        if (session == null) {
            session = dedicatedConnection(database.settings(), cluster, "larmcentral journal lease");
        }
        return session;
    }

    private void dropSession() {
        if (session != null) {
            try {
                session.close();
            } catch (SQLException ignored) {
                // already broken
            }
            session = null;
        }
    }

    /**
     * A connection outside the pool whose every wait is bounded by the lease: a renewal stuck on a vanished server
     * must give up before the lease could have run out.
     */
    static Connection dedicatedConnection(JournalSettings settings, ClusterSettings cluster, String name)
            throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", settings.user());
        properties.setProperty("password", settings.password());
        long seconds = Math.max(1, cluster.lease().toSeconds());
        properties.setProperty("connectTimeout", String.valueOf(seconds));
        properties.setProperty("socketTimeout", String.valueOf(seconds));
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", name);
        Connection connection = DriverManager.getConnection(settings.jdbcUrl(), properties);
        if (settings.schema() != null) {
            connection.setSchema(settings.schema());
        }
        return connection;
    }
}
