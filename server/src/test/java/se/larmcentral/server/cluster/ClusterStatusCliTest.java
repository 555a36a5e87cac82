package se.larmcentral.server.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.larmcentral.cli.Main;
import se.larmcentral.journal.TestDatabases;
import se.larmcentral.server.TestServer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code larm cluster status}: the lease row and each node's role, for a running PostgreSQL node and for H2. */
class ClusterStatusCliTest {

    @TempDir
    Path dir;

    @Test
    void printsTheLeaseHolderEpochExpiryAndEachNode() throws Exception {
        TestDatabases.postgres(TestDatabases.PG_HOST, TestDatabases.PG_PORT);
        String url = "jdbc:postgresql://" + TestDatabases.PG_HOST + ":" + TestDatabases.PG_PORT + "/" + TestDatabases.PG_DB;
        String schema = "cluster_" + UUID.randomUUID().toString().replace("-", "");
        Path config = Files.writeString(dir.resolve("larmcentral.yaml"), "dataDir: " + dir.resolve("data") + "\n"
                + "journal:\n  url: " + url + "\n  user: " + TestDatabases.PG_USER + "\n  password: "
                + TestDatabases.PG_PASSWORD + "\n  schema: " + schema + "\n");
        try (TestServer node = new TestServer(dir.resolve("node"), Map.of("LARM_JOURNAL_URL", url,
                "LARM_JOURNAL_USER", TestDatabases.PG_USER, "LARM_JOURNAL_PASSWORD", TestDatabases.PG_PASSWORD,
                "LARM_JOURNAL_SCHEMA", schema, "LARM_CLUSTER_NODE_ID", "larm-a",
                "LARM_CLUSTER_ADVERTISE_URL", "https://larm-a.test:8112"))) {
            long deadline = System.nanoTime() + 10_000_000_000L;
            String[] run = larm("cluster", "status", "--config", config.toString());
            java.util.regex.Pattern caughtUp = java.util.regex.Pattern.compile("larm-a\\s+active\\s+1\\s+\\d+\\s+0 ");
            while (!caughtUp.matcher(run[1]).find()) { // its row says where it was at its last heartbeat
                if (System.nanoTime() > deadline) {
                    break;
                }
                Thread.sleep(200); // the node says what it is doing about once a second
                run = larm("cluster", "status", "--config", config.toString());
            }
            assertThat(run[0]).isEqualTo("0");
            assertThat(run[1]).contains("lease: node larm-a epoch 1, live until ")
                    .contains("https://larm-a.test:8112")
                    .containsPattern("larm-a\\s+active\\s+1\\s+\\d+\\s+0 ")
                    .doesNotContain(TestDatabases.PG_PASSWORD + "\n");
        }
    }

    @Test
    void saysAnEmbeddedJournalHasOneNode() throws Exception {
        Path config = Files.writeString(dir.resolve("h2.yaml"), "dataDir: " + dir.resolve("data") + "\n");
        String[] run = larm("cluster", "status", "--config", config.toString());
        assertThat(run[0]).isEqualTo("0");
        assertThat(run[1]).contains("The journal is embedded").contains("one node, no lease");
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
