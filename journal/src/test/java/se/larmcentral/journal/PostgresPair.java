package se.larmcentral.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The PostgreSQL primary and its synchronous streaming replica that {@code scripts/ensure-postgres-replica} keeps
 * (two clusters on this machine), and what a failover test does to them: kill the primary, promote the replica, and
 * for the next failover rebuild the dead one as the new primary's standby (the roles swap between the clusters).
 * {@link #ensure()} restores the canonical pair afterwards (larm-primary the primary), from any state.
 */
public final class PostgresPair {

    public static final String PRIMARY_PORT = env("LARM_TEST_PG_PRIMARY_PORT", "5433");
    public static final String REPLICA_PORT = env("LARM_TEST_PG_REPLICA_PORT", "5434");
    private static final String VERSION = env("LARM_TEST_PG_VERSION", "15");
    /** The clusters' names, as for the script. */
    static final String PRIMARY_CLUSTER = env("LARM_TEST_PG_PRIMARY_CLUSTER", "larm-primary");
    static final String REPLICA_CLUSTER = env("LARM_TEST_PG_REPLICA_CLUSTER", "larm-replica");

    private PostgresPair() {
    }

    /** Both hosts in one URL: the driver connects to whichever is the primary now. */
    public static String url() {
        return "jdbc:postgresql://localhost:" + PRIMARY_PORT + ",localhost:" + REPLICA_PORT + "/" + TestDatabases.PG_DB
                + "?targetServerType=primary";
    }

    /** One value from one server of the pair, as text ("t" for true). */
    static String query(String port, String sql) {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/"
                + TestDatabases.PG_DB, TestDatabases.PG_USER, TestDatabases.PG_PASSWORD);
             var statement = connection.createStatement();
             var row = statement.executeQuery(sql)) {
            row.next();
            String value = row.getString(1);
            return "true".equals(value) ? "t" : "false".equals(value) ? "f" : value;
        } catch (java.sql.SQLException e) {
            throw new AssertionError("the server on port " + port + " does not answer: " + e.getMessage(), e);
        }
    }

    /** Creates, starts or repairs the pair (idempotent); fails the test naming the script's complaint. */
    public static void ensure() {
        run(List.of(script().toString()), Duration.ofMinutes(5));
    }

    /** The two clusters of the pair. */
    static final List<String> CLUSTERS = List.of(PRIMARY_CLUSTER, REPLICA_CLUSTER);

    /** The cluster that is the primary now (not in recovery), whichever of the two it is. */
    static String currentPrimary() {
        for (String cluster : CLUSTERS) {
            try {
                if ("t".equals(query(portOf(cluster), "SELECT NOT pg_is_in_recovery()"))) {
                    return cluster;
                }
            } catch (AssertionError down) {
                // not this one
            }
        }
        throw new AssertionError("neither server of the pair is a primary; run scripts/ensure-postgres-replica");
    }

    static String portOf(String cluster) {
        return cluster.equals(PRIMARY_CLUSTER) ? PRIMARY_PORT : REPLICA_PORT;
    }

    static String other(String cluster) {
        return cluster.equals(PRIMARY_CLUSTER) ? REPLICA_CLUSTER : PRIMARY_CLUSTER;
    }

    /** Immediate stop of one cluster (a power cut). */
    static void kill(String cluster) {
        run(List.of("pg_ctlcluster", VERSION, cluster, "stop", "-m", "immediate"), Duration.ofSeconds(60));
    }

    /** The standby becomes the primary (returns once it accepts writes). */
    static void promote(String cluster) {
        run(List.of("pg_ctlcluster", VERSION, cluster, "promote"), Duration.ofSeconds(60));
    }

    /**
     * After a failover: the cluster that is not the primary (dead, or an old primary) rebuilt as the primary's
     * synchronous standby, so that the next promotion can happen ({@code scripts/ensure-postgres-replica standby}).
     */
    static void rebuildStandby() {
        run(List.of(script().toString(), "standby"), Duration.ofMinutes(3));
    }

    /** The primary dies at once, as on a power cut: no checkpoint, connections dropped. */
    static void killPrimary() {
        run(List.of("pg_ctlcluster", VERSION, PRIMARY_CLUSTER, "stop", "-m", "immediate"), Duration.ofSeconds(60));
    }

    /** What Patroni or pg_auto_failover would do: the replica becomes the primary (returns once it accepts writes). */
    static void promoteReplica() {
        run(List.of("pg_ctlcluster", VERSION, REPLICA_CLUSTER, "promote"), Duration.ofSeconds(60));
    }

    private static Path script() {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null && !Files.isExecutable(folder.resolve("scripts/ensure-postgres-replica"))) {
            folder = folder.getParent();
        }
        if (folder == null) {
            throw new AssertionError("scripts/ensure-postgres-replica not found above " + Path.of("").toAbsolutePath());
        }
        return folder.resolve("scripts/ensure-postgres-replica");
    }

    private static void run(List<String> command, Duration limit) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output;
            try (var in = process.getInputStream()) {
                output = new String(in.readAllBytes());
            }
            if (!process.waitFor(limit.toSeconds(), java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed (it needs root and Debian's PostgreSQL;"
                        + " see scripts/ensure-postgres-replica):\n" + output);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + String.join(" ", command), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
