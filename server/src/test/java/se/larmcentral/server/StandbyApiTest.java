package se.larmcentral.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.config.SettingsLoader;
import se.larmcentral.journal.TestDatabases;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL journal: the standby serves reads, refuses commands with 503 naming the active node,
 * takes over when the active node stops, and answers a retried keyed command with the first outcome instead of
 * recording it twice.
 */
class StandbyApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aStandbyFollowsRefusesCommandsNamingTheActiveNodeAndTakesOverWithoutRecordingARetryTwice() throws Exception {
        TestDatabases.postgres(TestDatabases.PG_HOST, TestDatabases.PG_PORT);
        String schema = "standby_" + UUID.randomUUID().toString().replace("-", "");
        TestServer active = new TestServer(dir.resolve("a"), node(schema, "node-a"));
        LarmServer standby = null;
        try {
            String token = active.token;
            HttpResponse<String> first = post(active.server.port(), "/api/shift-log", "{\"text\": \"one\"}", token, "key-1");
            assertThat(first.statusCode()).isEqualTo(201);

            Map<String, String> environment = new HashMap<>(node(schema, "node-b"));
            environment.put("LARM_DATA_DIR", dir.resolve("b").toString());
            environment.put("LARM_HTTP_PORT", "0");
            standby = LarmServer.start(SettingsLoader.load(null, environment), Clock.systemUTC());
            int b = standby.port();

            JsonNode ready = JSON.readTree(get(b, "/ready", null).body());
            assertThat(ready.get("role").asText()).isEqualTo("standby");
            assertThat(ready.get("nodeId").asText()).isEqualTo("node-b");
            JsonNode activeReady = JSON.readTree(get(active.server.port(), "/ready", null).body());
            assertThat(activeReady.get("role").asText()).isEqualTo("active");
            assertThat(activeReady.get("epoch").asLong()).isPositive();
            // the check a load balancer sends the console and the API by: only the writing node passes it
            assertThat(get(active.server.port(), "/ready?role=active", null).statusCode()).isEqualTo(200);
            HttpResponse<String> standbyAsActive = get(b, "/ready?role=active", null);
            assertThat(standbyAsActive.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(standbyAsActive.body()).get("reason").asText())
                    .isEqualTo("this node is the standby one, not active");
            assertThat(get(b, "/ready?role=standby", null).statusCode()).isEqualTo(200);
            HttpResponse<String> badRole = get(b, "/ready?role=primary", null);
            assertThat(badRole.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(badRole.body()).get("field").asText()).isEqualTo("role");
            await(b, "/api/shift-log", token, body -> body.contains("\"one\""));

            HttpResponse<String> refused = post(b, "/api/shift-log", "{\"text\": \"two\"}", token, "key-2");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).contains("1");
            assertThat(refused.headers().firstValue("Larm-Active-Node")).contains("http://node-a.test:8112");
            assertThat(refused.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
            assertThat(JSON.readTree(refused.body()).get("detail").asText())
                    .contains("node node-b is a standby").contains("node node-a");

            assertThat(post(active.server.port(), "/api/shift-log", "{\"text\": \"three\"}", token, "key-3").statusCode())
                    .isEqualTo(201);
            await(b, "/api/shift-log", token, body -> body.contains("\"three\""));
            active.close(); // releases the lease: the standby takes over
            await(b, "/ready", null, body -> body.contains("\"role\":\"active\""));
            assertThat(get(b, "/ready?role=active", null).statusCode()).as("the new writer passes the check").isEqualTo(200);

            // the first request's answer was lost in the failover: the retry with its key is not recorded again, and it
            // gets the first answer (kept in the journal's database), not only "already recorded"
            HttpResponse<String> retried = post(b, "/api/shift-log", "{\"text\": \"one\"}", token, "key-1");
            assertThat(retried.statusCode()).isEqualTo(201);
            assertThat(retried.headers().firstValue("Idempotent-Replayed")).contains("true");
            assertThat(retried.body()).isEqualTo(first.body());
            assertThat(retried.headers().firstValue("content-type").orElse("")).startsWith("application/json");
            // a key first used on the dead node, now with another body, is another request: refused, nothing recorded
            HttpResponse<String> reused = post(b, "/api/shift-log", "{\"text\": \"not three\"}", token, "key-3");
            assertThat(reused.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(reused.body()).get("detail").asText()).contains("Idempotency-Key", "another request body");
            assertThat(post(b, "/api/shift-log", "{\"text\": \"two\"}", token, "key-2").statusCode()).isEqualTo(201);
            var texts = JSON.readTree(get(b, "/api/shift-log", token).body()).get("entries").findValuesAsText("text");
            assertThat(texts).containsExactly("one", "three", "two");
        } finally {
            active.close();
            if (standby != null) {
                standby.close();
            }
        }
    }

    private static Map<String, String> node(String schema, String nodeId) {
        return Map.of(
                "LARM_JOURNAL_URL", "jdbc:postgresql://" + TestDatabases.PG_HOST + ":" + TestDatabases.PG_PORT + "/" + TestDatabases.PG_DB,
                "LARM_JOURNAL_USER", TestDatabases.PG_USER,
                "LARM_JOURNAL_PASSWORD", TestDatabases.PG_PASSWORD,
                "LARM_JOURNAL_SCHEMA", schema,
                "LARM_CLUSTER_NODE_ID", nodeId,
                "LARM_CLUSTER_ADVERTISE_URL", "http://" + nodeId + ".test:8112",
                "LARM_CLUSTER_LEASE_SECONDS", "1",
                "LARM_CLUSTER_RENEW_MILLIS", "200");
    }

    private void await(int port, String path, String token, Predicate<String> condition) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!condition.test(get(port, path, token).body())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 15 s: " + path + " answered " + get(port, path, token).body());
            }
            Thread.sleep(50);
        }
    }

    private HttpResponse<String> get(int port, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String path, String json, String token, String key) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
