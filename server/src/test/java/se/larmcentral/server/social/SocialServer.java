package se.larmcentral.server.social;

import se.larmcentral.server.TestAccounts;
import se.larmcentral.server.TestHttp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.larmcentral.server.LarmServer;
import se.larmcentral.config.SettingsLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A real centre on a free port with H2 in a temporary folder (with or without the demo data), and an HTTP client. */
final class SocialServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final LarmServer server;
    /** The bearer token of {@link TestAccounts#OPERATOR}, sent by default. */
    final String token;
    private final HttpClient http = HttpClient.newHttpClient();

    private SocialServer(Path dataDir, boolean demo) {
        Map<String, String> environment = new HashMap<>();
        environment.put("LARM_DATA_DIR", dataDir.toString());
        environment.put("LARM_HTTP_PORT", "0");
        environment.put("LARM_GEO_GRAPH_CACHE", dataDir.resolve("graph-cache").toString());
        environment.put("LARM_DEMO", Boolean.toString(demo));
        server = LarmServer.start(SettingsLoader.load(null, environment), Clock.systemUTC());
        token = TestAccounts.bootstrap(server);
    }

    static SocialServer withDemo(Path dataDir) {
        return new SocialServer(dataDir, true);
    }

    static SocialServer empty(Path dataDir) {
        return new SocialServer(dataDir, false);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> putCalendar(String path, String contentType, String ics) {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(ics)).build());
    }

    HttpResponse<String> delete(String path) {
        return send(request(path).DELETE().build());
    }

    /** The JSON answer of a request that must succeed with {@code status}. */
    static JsonNode ok(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last journal sequence number, from the journal's own endpoint. */
    long lastSequence() {
        long after = 0;
        while (true) {
            JsonNode page = ok(get("/api/events?after=" + after + "&limit=5000"), 200);
            after = page.get("next").asLong();
            if (!page.get("more").asBoolean()) {
                return after;
            }
        }
    }

    /** Asserts that nothing was recorded after {@code sequence}. */
    void assertNothingStoredAfter(long sequence) {
        assertThat(ok(get("/api/events?after=" + sequence), 200).get("events")).as("events recorded").isEmpty();
    }

    /** Asserts an RFC 9457 problem with this status that names {@code field} and says {@code detailPart}. */
    static void assertProblem(HttpResponse<String> answer, int status, String field, String... detailParts) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(problem.path("field").asText()).as(answer.body()).isEqualTo(field);
        assertThat(problem.get("detail").asText()).contains(detailParts);
        assertThat(answer.body()).doesNotContain("Exception");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest request) {
        return TestHttp.send(http, request);
    }

    @Override
    public void close() {
        server.close();
    }
}
