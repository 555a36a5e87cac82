package se.larmcentral.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.journal.TcpProxy;
import se.larmcentral.journal.TestDatabases;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A centre on PostgreSQL whose database goes away and returns: /ready and commands say so, nothing acknowledged is lost. */
class DatabaseOutageApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void readinessAndCommandsFollowTheDatabase() throws Exception {
        TestDatabases.postgres(TestDatabases.PG_HOST, TestDatabases.PG_PORT); // fails clearly when the server is down
        try (TcpProxy proxy = new TcpProxy(TestDatabases.PG_HOST, Integer.parseInt(TestDatabases.PG_PORT))) {
            Map<String, String> environment = Map.of(
                    "LARM_JOURNAL_URL", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + TestDatabases.PG_DB,
                    "LARM_JOURNAL_USER", TestDatabases.PG_USER,
                    "LARM_JOURNAL_PASSWORD", TestDatabases.PG_PASSWORD,
                    "LARM_JOURNAL_SCHEMA", "api_" + UUID.randomUUID().toString().replace("-", ""),
                    "LARM_JOURNAL_CONNECT_TIMEOUT_MILLIS", "1000");
            try (TestServer centre = new TestServer(dir, environment)) {
                assertThat(centre.post("/api/shift-log", "{\"text\": \"before\"}").statusCode()).isEqualTo(201);
                assertThat(centre.get("/ready").statusCode()).isEqualTo(200);

                proxy.cut();
                HttpResponse<String> refused = centre.post("/api/shift-log", "{\"text\": \"during\"}");
                assertThat(refused.statusCode()).isEqualTo(503);
                assertThat(refused.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
                assertThat(JSON.readTree(refused.body()).get("detail").asText()).contains("journal database is unavailable");
                HttpResponse<String> notReady = centre.get("/ready");
                assertThat(notReady.statusCode()).isEqualTo(503);
                assertThat(JSON.readTree(notReady.body()).get("ready").asBoolean()).isFalse();
                assertThat(centre.get("/health").statusCode()).as("alive while not ready").isEqualTo(200);

                proxy.restore();
                long deadline = System.nanoTime() + 20_000_000_000L;
                while (centre.get("/ready").statusCode() != 200 && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                assertThat(centre.get("/ready").statusCode()).isEqualTo(200);
                assertThat(centre.post("/api/shift-log", "{\"text\": \"after\"}").statusCode()).isEqualTo(201);
                var texts = JSON.readTree(centre.get("/api/shift-log").body()).get("entries").findValuesAsText("text");
                assertThat(texts).containsExactly("before", "after");
            }
        }
    }
}
