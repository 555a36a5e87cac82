package se.larmcentral.journal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

/**
 * The two databases every journal test runs against: H2 in file mode, and the real PostgreSQL server that
 * {@code scripts/ensure-postgres} starts (settings from {@code LARM_TEST_PG_*}).
 */
public final class TestDatabases {

    public enum Kind { H2, POSTGRES }

    public static final String PG_HOST = env("LARM_TEST_PG_HOST", "localhost");
    public static final String PG_PORT = env("LARM_TEST_PG_PORT", "5432");
    public static final String PG_DB = env("LARM_TEST_PG_DB", "larm_test");
    public static final String PG_USER = env("LARM_TEST_PG_USER", "larm");
    public static final String PG_PASSWORD = env("LARM_TEST_PG_PASSWORD", "larm");

    private TestDatabases() {
    }

    /** A fresh, empty journal: a new H2 file in {@code dir}, or a new schema on the PostgreSQL server. */
    public static JournalSettings fresh(Kind kind, Path dir) {
        return switch (kind) {
            case H2 -> JournalSettings.h2File(dir);
            case POSTGRES -> postgres(PG_HOST, PG_PORT).withSchema("t_" + UUID.randomUUID().toString().replace("-", ""));
        };
    }

    public static JournalSettings postgres(String host, String port) {
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + PG_DB;
        requirePostgres(url);
        return new JournalSettings(url, PG_USER, PG_PASSWORD, null, 512, Duration.ofSeconds(2));
    }

    static Connection adminConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + PG_DB, PG_USER, PG_PASSWORD);
    }

    private static void requirePostgres(String url) {
        try (Connection ignored = DriverManager.getConnection(url, PG_USER, PG_PASSWORD)) {
            // reachable
        } catch (SQLException e) {
            throw new AssertionError("The PostgreSQL test server is not reachable at " + url + " as " + PG_USER
                    + " (" + e.getMessage() + "). Run scripts/ensure-postgres (./larm test does).", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
