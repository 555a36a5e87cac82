package se.larmcentral.server;

import se.larmcentral.journal.Replication;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The PostgreSQL replication state for {@code /ready} and the supervisor's cluster view, read from the journal's
 * pool at most once a second however often a load balancer probes.
 */
final class ReplicationProbe implements Supplier<Replication> {

    private static final long FRESH_NANOS = Duration.ofSeconds(1).toNanos();

    private final DataSource database;
    private Replication last;
    private long readAt;

    ReplicationProbe(DataSource database) {
        this.database = database;
    }

    /** Elapsed time, not the centre's clock: a test's clock may stand still. */
    @Override
    public synchronized Replication get() {
        long now = System.nanoTime();
        if (last == null || now - readAt >= FRESH_NANOS) {
            last = read();
            readAt = now;
        }
        return last;
    }

    private Replication read() {
        try (Connection connection = database.getConnection()) {
            return Replication.of(connection);
        } catch (SQLException | RuntimeException e) {
            return new Replication(null, List.of(), null, "the replication state cannot be read: " + e.getMessage());
        }
    }
}
