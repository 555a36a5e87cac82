package se.larmcentral.server.calls;

import se.larmcentral.server.TestAccounts;
import se.larmcentral.server.TestClock;
import se.larmcentral.server.TestHttp;
import se.larmcentral.server.TestPrincipals;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A centre (no demo data) on a free port with H2 in a temporary folder, a clock the test moves, and a small HTTP
 * client. With {@link #municipalities()} positions are located on the SCB boundaries from {@code ../shared/data}.
 */
public final class CallsCentre implements AutoCloseable {

    public static final ObjectMapper JSON = new ObjectMapper();

    public final TestClock clock;
    public final LarmServer server;
    /** The bearer token of {@link TestAccounts#OPERATOR}, sent by default. */
    public final String token;
    private final HttpClient http = HttpClient.newHttpClient();

    public CallsCentre(Path dataDir, Instant start, Map<String, String> extraEnvironment) {
        Map<String, String> environment = new HashMap<>(extraEnvironment);
        environment.put("LARM_DATA_DIR", dataDir.toString());
        environment.put("LARM_HTTP_PORT", "0");
        environment.put("LARM_GEO_GRAPH_CACHE", dataDir.resolve("graph-cache").toString());
        clock = new TestClock(start);
        server = LarmServer.start(SettingsLoader.load(null, environment), clock);
        token = TestAccounts.bootstrap(server);
    }

    public CallsCentre(Path dataDir, Instant start) {
        this(dataDir, start, Map.of());
    }

    /** The environment that locates municipalities; fails naming the file when it is missing. */
    public static Map<String, String> municipalities() {
        String property = System.getProperty("larm.sharedData");
        assertThat(property).as("system property larm.sharedData (set by the parent POM)").isNotBlank();
        Path file = Path.of(property, "geo", "kommuner.geojson");
        assertThat(file).as("shared data file %s", file.toAbsolutePath()).isRegularFile();
        return Map.of("LARM_GEO_MUNICIPALITIES", file.toString());
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public HttpResponse<String> post(String path, String json) {
        return post(path, "application/json", json);
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A POST of JSON with another account's bearer token. */
    public HttpResponse<String> postAs(String bearer, String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A POST without an actor header, as the AML receivers' integration (SMS gateway, HTTPS front) sends it. */
    public HttpResponse<String> postAnonymous(String path, String contentType, String body) {
        return send(TestPrincipals.as(server, TestPrincipals.INTEGRATION, HttpRequest.newBuilder(uri(path))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** GET that must answer 200, as JSON. */
    public JsonNode read(String path) {
        return ok(get(path), 200);
    }

    /** POST that must answer {@code status}, as JSON. */
    public JsonNode write(String path, String json, int status) {
        return ok(post(path, json), status);
    }

    public static JsonNode ok(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as("%s %s: %s", answer.request().method(), answer.request().uri(), answer.body())
                .isEqualTo(status);
        return parse(answer.body());
    }

    /** Every journal event, oldest first. */
    public List<JsonNode> events() {
        return TestHttp.allEvents(this::read);
    }

    /** The journal's event types after {@code sequence}, in order. */
    public List<String> typesAfter(long sequence) {
        return events().stream().filter(e -> e.get("sequence").asLong() > sequence).map(e -> e.get("type").asText()).toList();
    }

    public long lastSequence() {
        return server.centre().loop().lastSequence();
    }

    /** Asserts an RFC 9457 problem with the status and field whose detail contains every part. */
    public static void assertProblem(HttpResponse<String> answer, int status, String field, String... detailParts) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = parse(answer.body());
        assertThat(problem.path("field").asText()).as(answer.body()).isEqualTo(field);
        if (detailParts.length > 0) {
            assertThat(problem.get("detail").asText()).contains(detailParts);
        }
    }

    public static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes in a 112 call queued now from {@code caller}. */
    public JsonNode intake(String callId, String caller) {
        return write("/api/calls", "{\"callId\": \"" + callId + "\", \"dialled\": \"112\", \"callerNumber\": \"" + caller
                + "\", \"queuedAt\": \"" + clock.instant() + "\"}", 201);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        return TestHttp.send(http, request);
    }

    @Override
    public void close() {
        server.close();
    }
}
