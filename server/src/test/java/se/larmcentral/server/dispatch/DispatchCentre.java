package se.larmcentral.server.dispatch;

import se.larmcentral.server.TestAccounts;
import se.larmcentral.server.TestClock;
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
import java.nio.file.Files;
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
 * A demo centre (Stockholm demo fleet loaded) on a free port with embedded storage in a temporary folder, a clock
 * the test moves, and a small JSON client. With {@link #roadNetwork()} it routes on the inner-Stockholm extract from
 * {@code ../shared/data} (the prepared graph kept in {@code target/} so only the first test imports it).
 */
final class DispatchCentre implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String EXTRACT = "osm/stockholm-inner-2020.osm.pbf";

    /** Wednesday 2025-03-12 12:00 Swedish time (CET): every unit of the demo fleet is in its shift. */
    static final Instant WEDNESDAY_NOON = Instant.parse("2025-03-12T11:00:00Z");

    final TestClock clock = new TestClock(WEDNESDAY_NOON);
    final LarmServer server;
    /** The bearer token of {@link TestAccounts#OPERATOR}, sent by default. */
    final String token;
    private final HttpClient http = HttpClient.newHttpClient();

    DispatchCentre(Path dataDir, Map<String, String> extraEnvironment) {
        Map<String, String> environment = new HashMap<>(extraEnvironment);
        environment.put("LARM_DATA_DIR", dataDir.toString());
        environment.put("LARM_HTTP_PORT", "0");
        environment.putIfAbsent("LARM_DEMO", "true");
        environment.putIfAbsent("LARM_GEO_GRAPH_CACHE", dataDir.resolve("graph-cache").toString());
        server = LarmServer.start(SettingsLoader.load(null, environment), clock);
        token = TestAccounts.bootstrap(server);
    }

    /** The environment that routes on the inner-Stockholm road network; fails naming the file when it is missing. */
    static Map<String, String> roadNetwork() {
        Path extract = sharedData().resolve(EXTRACT);
        assertThat(extract).as("shared data file %s (set -Dlarm.sharedData)", extract.toAbsolutePath()).isRegularFile();
        return Map.of("LARM_GEO_OSM_EXTRACT", extract.toString(),
                "LARM_GEO_GRAPH_CACHE", Path.of("target/dispatch-test-graph-cache").toAbsolutePath().toString());
    }

    static Path sharedData() {
        String property = System.getProperty("larm.sharedData");
        assertThat(property).as("system property larm.sharedData (set by the parent POM)").isNotBlank();
        return Path.of(property);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build());
    }

    HttpResponse<String> post(String path, String json) {
        return post(path, "application/json", json);
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A request in the reader's language ({@code Accept-Language}), as the console sends it. */
    HttpResponse<String> in(String language, String method, String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept-Language", language).header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** GET that must answer 200, as JSON. */
    JsonNode read(String path) {
        HttpResponse<String> answer = get(path);
        assertThat(answer.statusCode()).as("GET %s: %s", path, answer.body()).isEqualTo(200);
        return parse(answer.body());
    }

    /** POST that must answer {@code status}, as JSON. */
    JsonNode write(String path, String json, int status) {
        HttpResponse<String> answer = post(path, json);
        assertThat(answer.statusCode()).as("POST %s %s: %s", path, json, answer.body()).isEqualTo(status);
        return parse(answer.body());
    }

    /** Every journal event, oldest first. */
    List<JsonNode> events() {
        return TestHttp.allEvents(this::read);
    }

    /** Asserts an RFC 9457 problem with the status, field and a part of the detail. */
    static void assertProblem(HttpResponse<String> answer, int status, String field, String detailPart) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = parse(answer.body());
        assertThat(problem.get("detail").asText()).contains(detailPart);
        if (field != null) {
            assertThat(problem.path("field").asText()).isEqualTo(field);
        }
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
