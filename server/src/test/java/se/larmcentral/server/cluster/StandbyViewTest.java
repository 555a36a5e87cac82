package se.larmcentral.server.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.cli.Main;
import se.larmcentral.journal.PostgresPair;
import se.larmcentral.journal.TestDatabases;
import se.larmcentral.server.TestServer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standby view on scripts/ensure-postgres-replica's primary and synchronous replica: {@code /ready},
 * {@code GET /api/cluster} and {@code larm cluster status} say the replication (the standby streaming, synchronous,
 * its lag), beside the lease and the nodes; on an embedded journal there is none to say.
 */
class StandbyViewTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void readyTheClusterViewAndTheStatusCommandSayTheReplication() throws Exception {
        PostgresPair.ensure();
        String schema = "standby_view_" + UUID.randomUUID().toString().replace("-", "");
        Map<String, String> journal = Map.of("LARM_JOURNAL_URL", PostgresPair.url(), "LARM_JOURNAL_USER",
                TestDatabases.PG_USER, "LARM_JOURNAL_PASSWORD", TestDatabases.PG_PASSWORD, "LARM_JOURNAL_SCHEMA", schema,
                "LARM_CLUSTER_NODE_ID", "larm-a");
        try (TestServer node = new TestServer(dir.resolve("node"), journal)) {
            JsonNode ready = JSON.readTree(node.get("/ready", null).body());
            assertThat(ready.get("role").asText()).isEqualTo("active");
            JsonNode replication = ready.get("replication");
            assertThat(replication.get("server").asText()).isEqualTo("primary");
            assertThat(replication.get("problem").isNull()).as(replication.toString()).isTrue();
            JsonNode standby = replication.get("standbys").get(0);
            assertThat(standby.get("state").asText()).isEqualTo("streaming");
            assertThat(standby.get("syncState").asText()).isEqualTo("sync");
            assertThat(standby.get("lagBytes").asLong()).isGreaterThanOrEqualTo(0);

            String supervisor = node.tokenFor("supervisor-1", Role.SUPERVISOR);
            JsonNode cluster = JSON.readTree(node.get("/api/cluster", supervisor).body());
            assertThat(cluster.get("shared").asBoolean()).isTrue();
            assertThat(cluster.get("nodeId").asText()).isEqualTo("larm-a");
            assertThat(cluster.get("lease").get("nodeId").asText()).isEqualTo("larm-a");
            assertThat(cluster.get("lease").get("epoch").asLong()).isEqualTo(1);
            assertThat(cluster.get("lease").get("live").asBoolean()).isTrue();
            assertThat(cluster.get("replication").get("standbys").get(0).get("syncState").asText()).isEqualTo("sync");
            String metrics = node.get("/metrics", supervisor).body();
            assertThat(metrics).contains("larm_journal_replication_standbys 1.0", "larm_journal_replication_synchronous 1.0")
                    .containsPattern("larm_journal_replication_lag_bytes \\d");
            HttpResponse<String> dispatcher = node.get("/api/cluster", node.tokenFor("dispatcher-1", Role.DISPATCHER));
            assertThat(dispatcher.statusCode()).isEqualTo(403);

            Path config = Files.writeString(dir.resolve("larmcentral.yaml"), "dataDir: " + dir.resolve("cli") + "\n"
                    + "journal:\n  url: " + PostgresPair.url() + "\n  user: " + TestDatabases.PG_USER + "\n  password: "
                    + TestDatabases.PG_PASSWORD + "\n  schema: " + schema + "\n");
            String[] status = larm("cluster", "status", "--config", config.toString());
            assertThat(status[0]).as(status[2]).isEqualTo("0");
            assertThat(status[1]).contains("replication (each server of journal.url):")
                    .containsPattern("localhost:" + PostgresPair.PRIMARY_PORT + "  primary\\n      standby \\S+  streaming  sync  lag \\d+ bytes")
                    .containsPattern("localhost:" + PostgresPair.REPLICA_PORT + "  standby: received [0-9A-F]+/[0-9A-F]+,"
                            + " replayed [0-9A-F]+/[0-9A-F]+, \\d+ bytes behind, delay [0-9.]+ s, WAL receiver streaming")
                    .doesNotContain("pg_monitor");
        }
    }

    @Test
    void anEmbeddedJournalHasNoReplicationToSay() throws Exception {
        try (TestServer node = new TestServer(dir.resolve("h2"))) {
            JsonNode ready = JSON.readTree(node.get("/ready", null).body());
            assertThat(ready.get("replication").isNull()).isTrue();
            JsonNode cluster = JSON.readTree(node.get("/api/cluster").body());
            assertThat(cluster.get("shared").asBoolean()).isFalse();
            assertThat(cluster.get("lease").isNull()).isTrue();
            assertThat(cluster.get("replication").isNull()).isTrue();
        }
    }

    /** exit code, standard output, standard error */
    private static String[] larm(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }
}
