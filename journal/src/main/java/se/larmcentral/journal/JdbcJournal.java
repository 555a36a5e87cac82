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
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The journal in a database over JDBC: the same SQL serves H2 and PostgreSQL. Owns its {@link JournalDatabase}:
 * {@link #close()} compacts an embedded H2 file and closes the pool.
 */
public final class JdbcJournal implements Journal {

    private static final String INSERT = "INSERT INTO journal_event "
            + "(seq, type, version, occurred_at, actor_id, actor_kind, payload, checksum, epoch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_KEY = "INSERT INTO journal_command_key (command_key, first_seq, last_seq, recorded_at) "
            + "VALUES (?, ?, ?, ?)";
    /**
     * The fence: the lease row, key-share-locked for the append's transaction so that a takeover (which locks it
     * FOR UPDATE) waits for an append in flight, while the holder's renewals (a plain update) do not. The transaction
     * is also bounded: a writer paused inside it (SIGSTOP) has its session ended by the server after the lease's
     * length idle, which frees the lock for the takeover.
     */
    private static final String FENCE = "SELECT node_id, epoch, expires_at > clock_timestamp(), "
            + "set_config('idle_in_transaction_session_timeout', ?, true) FROM journal_lease WHERE id = 1 FOR KEY SHARE";
    /** Followers LISTEN on this channel; each append NOTIFYs it on commit. */
    static final String CHANNEL = "larm_journal";
    private static final String COLUMNS = "e.seq, e.type, e.version, e.occurred_at, e.actor_id, e.actor_kind, e.payload, "
            + "e.checksum";
    /** Rows in order, without the quarantined. */
    private static final String SELECT = "SELECT " + COLUMNS + " FROM journal_event e WHERE e.seq > ? AND NOT EXISTS "
            + "(SELECT 1 FROM journal_quarantine q WHERE q.seq = e.seq) ORDER BY e.seq";
    private static final String INSPECT = "SELECT " + COLUMNS + ", q.reason, q.quarantined_by, q.host, q.quarantined_at "
            + "FROM journal_event e LEFT JOIN journal_quarantine q ON q.seq = e.seq WHERE e.seq > ? ORDER BY e.seq";
    private static final String QUARANTINED = "SELECT seq, reason, quarantined_by, host, quarantined_at "
            + "FROM journal_quarantine ORDER BY seq";
    /** SQLSTATE of a unique-key violation, on H2 and PostgreSQL alike: a sequence number already taken. */
    private static final String DUPLICATE_KEY = "23505";

    private final JournalDatabase database;
    private final DataSource dataSource;
    private final ClusterSettings cluster;
    private volatile PostgresLease lease; // the writer lease this journal holds (PostgreSQL), or null
    private Connection listener; // a follower's LISTEN connection (PostgreSQL)
    /** The sequence number the next append must start with; 0 when not known (at first, and after any failure). */
    private long nextSequence;
    private long nextSequenceEpoch; // the lease epoch nextSequence was learnt under (PostgreSQL)

    public JdbcJournal(JournalDatabase database) {
        this(database, ClusterSettings.defaults());
    }

    /** @param cluster how this node shares a PostgreSQL journal (its node id, lease times); ignored by H2 */
    public JdbcJournal(JournalDatabase database, ClusterSettings cluster) {
        this.database = database;
        this.dataSource = database.dataSource();
        this.cluster = cluster;
    }

    public JournalDatabase database() {
        return database;
    }

    /**
     * Appends the rows in one transaction. The expected first sequence number is read from the table once and then
     * remembered (only the writer-lock holder appends), so the check costs no round trip per commit; a number taken
     * meanwhile is still refused by the primary key.
     */
    @Override
    public void append(List<StoredEvent> rows) {
        append(rows, List.of());
    }

    /**
     * On PostgreSQL the append is fenced: in its transaction it share-locks the lease row and goes on only when the
     * row carries this journal's lease epoch ({@link LeaseLostException} otherwise), or, without a lease of its own
     * (a tool), only when no node holds a live lease ({@link JournalInUseException}). Each row records the epoch, the
     * keys are written beside the rows, and the commit notifies the followers.
     */
    @Override
    public synchronized void append(List<StoredEvent> rows, List<CommandKey> keys) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Long epoch = database.settings().isPostgres() ? fence(connection) : null;
                if (epoch != null && epoch != nextSequenceEpoch) {
                    nextSequence = 0; // remembered under another epoch: others may have appended since
                    nextSequenceEpoch = epoch;
                }
                long expected = nextSequence > 0 ? nextSequence : lastSequence(connection) + 1;
                SequenceConflictException.requireContinues(rows, expected);
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    for (StoredEvent row : rows) {
                        insert.setLong(1, row.sequence());
                        insert.setString(2, row.type());
                        insert.setInt(3, row.version());
                        insert.setObject(4, OffsetDateTime.ofInstant(row.at(), ZoneOffset.UTC));
                        insert.setString(5, row.actorId());
                        insert.setString(6, row.actorKind());
                        insert.setString(7, row.payload());
                        insert.setString(8, RowChecksum.of(row));
                        insert.setObject(9, epoch, java.sql.Types.BIGINT);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                if (!keys.isEmpty()) {
                    try (PreparedStatement insert = connection.prepareStatement(INSERT_KEY)) {
                        OffsetDateTime at = OffsetDateTime.ofInstant(rows.getLast().at(), ZoneOffset.UTC);
                        for (CommandKey key : keys) {
                            insert.setString(1, key.key());
                            insert.setLong(2, key.firstSequence());
                            insert.setLong(3, key.lastSequence());
                            insert.setObject(4, at);
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                }
                if (epoch != null) {
                    try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify('" + CHANNEL + "', ?)")) {
                        notify.setString(1, String.valueOf(rows.getLast().sequence()));
                        notify.execute();
                    }
                }
                connection.commit();
                nextSequence = rows.getLast().sequence() + 1;
            } catch (SQLException | RuntimeException e) {
                nextSequence = 0; // the commit may or may not have happened: ask the table next time
                try {
                    connection.rollback();
                } catch (SQLException ignored) {
                    // The connection is already gone; the transaction died with it.
                }
                throw e;
            } finally {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // a broken connection; the pool drops it
                }
            }
        } catch (SQLException e) {
            if (isDuplicateKey(e)) {
                throw new SequenceConflictException("rows " + rows.getFirst().sequence() + ".." + rows.getLast().sequence()
                        + " do not continue the journal: a sequence number is taken (" + JournalDatabase.rootMessage(e) + ")", e);
            }
            throw unavailable(e);
        }
    }

    /** The epoch this append may write under, checked against the share-locked lease row; see {@link #append}. */
    private long fence(Connection connection) throws SQLException {
        PostgresLease held = lease;
        try (PreparedStatement select = connection.prepareStatement(FENCE)) {
            select.setString(1, cluster.lease().toMillis() + "ms");
            return fence(held, select);
        }
    }

    private long fence(PostgresLease held, PreparedStatement select) throws SQLException {
        try (ResultSet rs = select.executeQuery()) {
            boolean exists = rs.next();
            if (held != null && !held.isClosed()) {
                if (!exists || rs.getLong(2) != held.epoch() || !cluster.nodeId().equals(rs.getString(1))) {
                    throw new LeaseLostException(held.epoch(), exists ? "node " + rs.getString(1) + " took it over with epoch "
                            + rs.getLong(2) : "the lease row is gone");
                }
                return held.epoch();
            }
            if (exists && rs.getBoolean(3)) {
                throw new JournalInUseException(PostgresLease.read(database).map(Lease::holder).orElse(null));
            }
            return 0;
        }
    }

    private static boolean isDuplicateKey(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (DUPLICATE_KEY.equals(next.getSQLState())) {
                return true;
            }
            if (next.getCause() instanceof SQLException cause && DUPLICATE_KEY.equals(cause.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
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

    /** Fetches in large pages (a cursor on PostgreSQL). */
    @Override
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
     * Fetches on a second thread while {@code sink} works, so reading rows and decoding them overlap. The reader is
     * never interrupted: an interrupt inside H2's file I/O closes its file channel under every other thread using
     * the database.
     */
    @Override
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

    @Override
    public long lastSequence() {
        try (Connection connection = dataSource.getConnection()) {
            return lastSequence(connection);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static long lastSequence(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT MAX(seq) FROM journal_event");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public boolean isReachable() {
        return database.isReachable();
    }

    /**
     * PostgreSQL: a session advisory lock on a connection kept open; H2: its file lock, and one writer per JVM. The
     * holder then gives the rows written before checksums existed theirs (once).
     */
    @Override
    public WriterLock lockWriter() {
        WriterLock lock;
        if (database.settings().isPostgres()) {
            PostgresLease taken = PostgresLease.acquire(database, cluster);
            lease = taken;
            lock = taken;
        } else {
            lock = JdbcWriterLock.acquire(database);
        }
        try {
            fillMissingChecksums();
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        return lock;
    }

    private void fillMissingChecksums() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM journal_event e WHERE e.checksum IS NULL ORDER BY e.seq");
                 PreparedStatement update = connection.prepareStatement(
                         "UPDATE journal_event SET checksum = ? WHERE seq = ? AND checksum IS NULL")) {
                select.setFetchSize(10_000);
                int pending = 0;
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        StoredEvent row = plainRow(rs);
                        update.setString(1, RowChecksum.of(row));
                        update.setLong(2, row.sequence());
                        update.addBatch();
                        if (++pending == 10_000) {
                            update.executeBatch();
                            pending = 0;
                        }
                    }
                }
                if (pending > 0) {
                    update.executeBatch();
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public boolean isShared() {
        return database.settings().isPostgres();
    }

    @Override
    public Optional<Lease> lease() {
        return database.settings().isPostgres() ? PostgresLease.read(database) : Optional.empty();
    }

    @Override
    public String nodeId() {
        return cluster.nodeId();
    }

    @Override
    public long forEachCommandKey(long afterSequence, Consumer<CommandKey> sink) {
        long count = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT command_key, first_seq, last_seq "
                     + "FROM journal_command_key WHERE last_seq > ? AND recorded_at > ? ORDER BY last_seq")) {
            select.setLong(1, afterSequence);
            select.setObject(2, OffsetDateTime.now(ZoneOffset.UTC).minus(CommandLoop.KEY_WINDOW)); // older ones guard nothing
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new CommandKey(rs.getString(1), rs.getLong(2), rs.getLong(3)));
                    count++;
                }
            }
            return count;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public void heartbeat(boolean active, long epoch, long appliedSequence) {
        if (!database.settings().isPostgres()) {
            return;
        }
        WriterHolder me = WriterHolder.thisProcess(java.time.Clock.systemUTC());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("INSERT INTO journal_node (node_id, host, process_id, "
                     + "advertise_url, role, epoch, applied_seq, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, clock_timestamp()) "
                     + "ON CONFLICT (node_id) DO UPDATE SET host = excluded.host, process_id = excluded.process_id, "
                     + "advertise_url = excluded.advertise_url, role = excluded.role, epoch = excluded.epoch, "
                     + "applied_seq = excluded.applied_seq, seen_at = excluded.seen_at")) {
            upsert.setString(1, cluster.nodeId());
            upsert.setString(2, me.host());
            upsert.setLong(3, me.processId());
            upsert.setString(4, cluster.advertiseUrl());
            upsert.setString(5, active ? "active" : "standby");
            upsert.setLong(6, epoch);
            upsert.setLong(7, appliedSequence);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public List<NodeState> nodes() {
        if (!database.settings().isPostgres()) {
            return List.of();
        }
        List<NodeState> nodes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT node_id, host, process_id, advertise_url, "
                     + "role, epoch, applied_seq, seen_at, EXTRACT(EPOCH FROM clock_timestamp() - seen_at) "
                     + "FROM journal_node ORDER BY node_id");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                nodes.add(new NodeState(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getLong(7), rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getDouble(9)));
            }
            return nodes;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /**
     * PostgreSQL: waits on a LISTEN connection of its own for an append's notification, at most {@code max}; a lost
     * connection is opened again next time (the caller polls anyway). H2: sleeps.
     */
    @Override
    public void awaitAppend(java.time.Duration max) {
        if (!database.settings().isPostgres()) {
            Journal.super.awaitAppend(max);
            return;
        }
        try {
            if (listener == null) {
                listener = PostgresLease.dedicatedConnection(database.settings(), cluster, "larmcentral journal follower");
                try (java.sql.Statement listen = listener.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
            }
            listener.unwrap(org.postgresql.PGConnection.class).getNotifications((int) Math.max(1, max.toMillis()));
        } catch (SQLException e) {
            closeListener();
            Journal.super.awaitAppend(max);
        }
    }

    private void closeListener() {
        if (listener != null) {
            try {
                listener.close();
            } catch (SQLException ignored) {
                // already broken
            }
            listener = null;
        }
    }

    @Override
    public long inspect(long afterSequence, Consumer<InspectedRow> sink) {
        long count = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement(INSPECT)) {
                select.setFetchSize(10_000);
                select.setLong(1, afterSequence);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        StoredEvent row = plainRow(rs);
                        String stored = rs.getString(8);
                        InspectedRow.Check check = stored == null ? InspectedRow.Check.MISSING
                                : stored.equals(RowChecksum.of(row)) ? InspectedRow.Check.VALID : InspectedRow.Check.MISMATCH;
                        Quarantine quarantine = rs.getString(9) == null ? null : new Quarantine(row.sequence(),
                                rs.getString(9), rs.getString(10), rs.getString(11),
                                rs.getObject(12, OffsetDateTime.class).toInstant());
                        sink.accept(new InspectedRow(row, check, quarantine));
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

    @Override
    public List<Quarantine> quarantined() {
        List<Quarantine> all = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(QUARANTINED);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                all.add(new Quarantine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()));
            }
            return all;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public void quarantine(Quarantine quarantine) {
        QuarantineRules.reason(quarantine.reason());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement exists = connection.prepareStatement(
                        "SELECT (SELECT COUNT(*) FROM journal_event WHERE seq = ?), "
                                + "(SELECT COUNT(*) FROM journal_quarantine WHERE seq = ?)")) {
                    exists.setLong(1, quarantine.sequence());
                    exists.setLong(2, quarantine.sequence());
                    try (ResultSet rs = exists.executeQuery()) {
                        rs.next();
                        QuarantineRules.requireAllowed(quarantine.sequence(), rs.getLong(1) > 0, rs.getLong(2) > 0);
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO journal_quarantine "
                        + "(seq, reason, quarantined_by, host, quarantined_at) VALUES (?, ?, ?, ?, ?)")) {
                    insert.setLong(1, quarantine.sequence());
                    insert.setString(2, quarantine.reason());
                    insert.setString(3, quarantine.by());
                    insert.setString(4, quarantine.host());
                    insert.setObject(5, OffsetDateTime.ofInstant(quarantine.at(), ZoneOffset.UTC));
                    insert.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** Compacts an embedded H2 file and closes the pool; see {@link JournalDatabase#close()}. */
    @Override
    public void close() {
        closeListener();
        database.close();
    }

    /** A row whose checksum, when it has one, holds; else {@link JournalCorruptException}. */
    private static StoredEvent row(ResultSet rs) throws SQLException {
        StoredEvent row = plainRow(rs);
        String stored = rs.getString(8);
        if (stored != null && !stored.equals(RowChecksum.of(row))) {
            throw new JournalCorruptException(row.sequence(), "its checksum does not match (stored " + stored
                    + ", computed " + RowChecksum.of(row) + "): the row was changed after it was written", null);
        }
        return row;
    }

    private static StoredEvent plainRow(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getLong(1), rs.getString(2), rs.getInt(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), rs.getString(6), rs.getString(7));
    }

    static UnavailableException unavailable(Exception e) {
        return new UnavailableException("the journal database is unavailable: " + JournalDatabase.rootMessage(e), e);
    }
}
