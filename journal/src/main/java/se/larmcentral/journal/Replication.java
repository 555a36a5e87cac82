package se.larmcentral.journal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * PostgreSQL's own replication as one server of the journal's database sees it: on a primary each standby streaming
 * from it ({@code pg_stat_replication}: state, sync state, how far its replay is behind in bytes and seconds); on a
 * standby how far it has received and replayed the primary's WAL and its delay. The columns past the standby's name
 * are visible only to a role with {@code pg_monitor} (or {@code pg_read_all_stats}); without it, {@link #problem}
 * says so instead of showing empty states.
 *
 * @param server   {@code primary} or {@code standby}
 * @param standbys on a primary: each standby streaming from it (empty: none, so no commit is on a second server)
 * @param replay   on a standby: its progress; null on a primary
 * @param problem  what could not be read and why, or null
 */
public record Replication(String server, List<Standby> standbys, Replay replay, String problem) {

    /**
     * One standby as its primary sees it.
     *
     * @param name               its {@code application_name} (the cluster name by default)
     * @param address            where it connects from, or null (a Unix socket)
     * @param state              {@code streaming}, {@code catchup}, {@code startup} or {@code backup}
     * @param syncState          {@code sync} (every commit waits for it), {@code quorum}, {@code potential} or {@code async}
     * @param lagBytes           WAL written on the primary and not yet replayed on the standby
     * @param replayLagSeconds   the time the last replayed commit took to be replayed there; null while idle
     */
    public record Standby(String name, String address, String state, String syncState, Long lagBytes,
                          Double replayLagSeconds) {
    }

    /**
     * A standby's own progress.
     *
     * @param receivedLsn    the last WAL position received from the primary
     * @param replayedLsn    the last WAL position replayed (visible to reads here)
     * @param behindBytes    received and not yet replayed
     * @param delaySeconds   0 when all received WAL is replayed, else the age of the last replayed commit
     * @param receiverStatus the WAL receiver's status ({@code streaming}), or null when it is not running
     */
    public record Replay(String receivedLsn, String replayedLsn, Long behindBytes, Double delaySeconds,
                         String receiverStatus) {
    }

    private static final String STANDBYS = """
            SELECT application_name, client_addr::text, state, sync_state,
                   pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint, extract(epoch FROM replay_lag)::float8
            FROM pg_stat_replication ORDER BY application_name""";
    private static final String REPLAY = """
            SELECT pg_last_wal_receive_lsn()::text, pg_last_wal_replay_lsn()::text,
                   pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn())::bigint,
                   CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                        ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 END,
                   (SELECT status FROM pg_stat_wal_receiver)""";
    private static final String NO_MONITOR = "the journal's database user may not read the replication statistics;"
            + " grant it pg_monitor (GRANT pg_monitor TO <user>) to see each standby's state and lag";

    /** What the server behind {@code connection} says. */
    public static Replication of(Connection connection) throws SQLException {
        boolean standby;
        try (PreparedStatement query = connection.prepareStatement("SELECT pg_is_in_recovery()");
             ResultSet row = query.executeQuery()) {
            row.next();
            standby = row.getBoolean(1);
        }
        if (standby) {
            try (PreparedStatement query = connection.prepareStatement(REPLAY); ResultSet row = query.executeQuery()) {
                row.next();
                Replay replay = new Replay(row.getString(1), row.getString(2), longOrNull(row, 3), doubleOrNull(row, 4),
                        row.getString(5));
                return new Replication("standby", List.of(), replay, replay.receiverStatus() == null
                        && replay.receivedLsn() != null ? "the WAL receiver is not streaming, or " + NO_MONITOR : null);
            }
        }
        List<Standby> standbys = new ArrayList<>();
        boolean hidden = false;
        try (PreparedStatement query = connection.prepareStatement(STANDBYS); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                Standby s = new Standby(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        longOrNull(row, 5), doubleOrNull(row, 6));
                hidden |= s.state() == null;
                standbys.add(s);
            }
        }
        return new Replication("primary", List.copyOf(standbys), null, hidden ? NO_MONITOR : null);
    }

    /** What the one server at {@code jdbcUrl} says (a connection of its own, closed after). */
    public static Replication of(String jdbcUrl, String user, String password) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("socketTimeout", "5");
        try (Connection connection = DriverManager.getConnection(jdbcUrl, properties)) {
            return of(connection);
        }
    }

    /**
     * The single-server URLs of a PostgreSQL URL that names several hosts ({@code jdbc:postgresql://a:5432,b:5432/db}),
     * each without {@code targetServerType}, so every server can be asked; a single-host URL as it is.
     */
    public static List<String> eachHost(String jdbcUrl) {
        String prefix = "jdbc:postgresql://";
        if (!jdbcUrl.startsWith(prefix)) {
            return List.of(jdbcUrl);
        }
        String rest = jdbcUrl.substring(prefix.length());
        int slash = rest.indexOf('/');
        String hosts = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash);
        if (!hosts.contains(",")) {
            return List.of(jdbcUrl);
        }
        String withoutTarget = path.replaceAll("([?&])targetServerType=[^&]*&?", "$1").replaceAll("[?&]$", "");
        List<String> urls = new ArrayList<>();
        for (String host : hosts.split(",")) {
            urls.add(prefix + host.strip() + withoutTarget);
        }
        return List.copyOf(urls);
    }

    private static Long longOrNull(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static Double doubleOrNull(ResultSet row, int column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }
}
