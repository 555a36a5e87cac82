package se.larmcentral.server.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.larmcentral.server.LarmServer;
import se.larmcentral.server.TestPrincipals;
import se.larmcentral.server.config.SettingsLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A real centre on a free port with embedded storage in a temporary folder, and a JSON client for its API. */
final class TriageCentre implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    /** An HTTP answer with its body read as JSON. */
    record Answer(int status, JsonNode body) {
    }

    private final LarmServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    TriageCentre(Path dataDir) {
        this(dataDir, Map.of());
    }

    /** @param settings more settings as environment variables ({@code LARM_TRIAGE_INDEX_FILE}, ...) */
    TriageCentre(Path dataDir, Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("LARM_DATA_DIR", dataDir.toString());
        environment.put("LARM_HTTP_PORT", "0");
        environment.put("LARM_GEO_GRAPH_CACHE", dataDir.resolve("graph-cache").toString());
        server = TestPrincipals.start(SettingsLoader.load(null, environment), Clock.systemUTC());
    }

    Answer get(String path) {
        return send(request(path).GET().build());
    }

    Answer post(String path, String json, String actor) {
        return send(request(path).header("Content-Type", "application/json").header("X-Larm-Actor", actor)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Answer post(String path, String json) {
        return post(path, json, "operator-7");
    }

    /** Every event in the journal, oldest first. */
    List<JsonNode> events() {
        List<JsonNode> all = new ArrayList<>();
        get("/api/events?after=0&limit=5000").body().get("events").forEach(all::add);
        return all;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(TestPrincipals.signedAs(server, TestPrincipals.EVERY_ROLE, request),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
