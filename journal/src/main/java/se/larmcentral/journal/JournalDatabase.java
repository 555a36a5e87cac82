package se.larmcentral.journal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import se.larmcentral.core.UnavailableException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The journal's connection pool, its schema brought up to date by Flyway on open. */
public final class JournalDatabase implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final JournalSettings settings;

    private JournalDatabase(HikariDataSource dataSource, JournalSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    /** Opens the pool and migrates the schema; fails with a message naming the URL when the database is unreachable. */
    public static JournalDatabase open(JournalSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(8);
        config.setConnectionTimeout(Math.max(250, settings.connectTimeout().toMillis()));
        config.setValidationTimeout(Math.max(250, Math.min(settings.connectTimeout().toMillis(), 5000)));
        config.setPoolName("journal");
        // Start even when the database is away at this instant only if migrations can run: fail fast instead.
        config.setInitializationFailTimeout(settings.connectTimeout().toMillis());
        if (settings.schema() != null) {
            config.setSchema(settings.schema());
        }
        if (settings.isPostgres()) {
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
            config.addDataSourceProperty("socketTimeout", "30");
            config.addDataSourceProperty("connectTimeout", String.valueOf(Math.max(1, settings.connectTimeout().toSeconds())));
        }
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new UnavailableException("cannot connect to the journal database at " + settings.jdbcUrl()
                    + ": " + rootMessage(e), e);
        }
        try {
            var flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/journal")
                    .table("journal_schema_history");
            if (settings.schema() != null) {
                flyway.schemas(settings.schema()).createSchemas(true);
            }
            flyway.load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw new UnavailableException("cannot bring the journal schema up to date at " + settings.jdbcUrl()
                    + ": " + rootMessage(e), e);
        }
        return new JournalDatabase(dataSource, settings);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JournalSettings settings() {
        return settings;
    }

    /** Whether the database answers a trivial query within the connect timeout. */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Closes the pool. An embedded H2 journal is compacted first: it never reuses space in its file (see
     * {@link JournalSettings#withJournalOptions}), so the file grows with every commit until a clean close. Stop the
     * writer before ({@link JournalShutdown}). The compaction runs on a connection of its own, not a pooled one:
     * {@code SHUTDOWN COMPACT} closes the database, and the pool's proxy then fails to reset the connection that ran
     * it ("Database is already closed"); the pool closes its dead connections quietly. A second call does nothing.
     */
    @Override
    public synchronized void close() {
        if (dataSource.isClosed()) {
            return;
        }
        if (settings.jdbcUrl().startsWith("jdbc:h2:file:")) {
            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                LOG.warn("the embedded journal could not be compacted on close: {}", rootMessage(e));
            }
        }
        dataSource.close();
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JournalDatabase.class);


    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
