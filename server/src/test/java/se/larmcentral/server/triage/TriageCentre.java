package se.larmcentral.server.triage;

import com.fasterxml.jackson.databind.JsonNode;
import se.larmcentral.server.TestAccounts;
import se.larmcentral.centre.accounts.Role;
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
    /** A bearer token per acting account, {@link TestAccounts#OPERATOR}'s made at start. */
    private final Map<String, String> tokens = new HashMap<>();
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
        server = LarmServer.start(SettingsLoader.load(null, environment), Clock.systemUTC());
        tokens.put(TestAccounts.OPERATOR, TestAccounts.bootstrap(server));
    }

    Answer get(String path) {
        return send(request(path).header("Authorization", "Bearer " + tokens.get(TestAccounts.OPERATOR)).GET().build());
    }

    /** A POST as the account {@code actor} (made a call-taker and nurse when it does not exist), by its API token. */
    Answer post(String path, String json, String actor) {
        String token = tokens.computeIfAbsent(actor, name -> TestAccounts.tokenFor(server, name,
                java.util.EnumSet.of(Role.CALL_TAKER, Role.NURSE), java.util.Set.of(), null));
        return send(request(path).header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Answer post(String path, String json) {
        return post(path, json, "operator-7");
    }

    /** A GET as the account {@code actor} with these roles (made when it does not exist). */
    Answer get(String path, String actor, Role... roles) {
        return send(request(path).header("Authorization", "Bearer " + token(actor, roles)).GET().build());
    }

    /** A POST of a YAML document ({@code application/yaml}) as the account {@code actor} with these roles. */
    Answer postYaml(String path, String yaml, String actor, Role... roles) {
        return send(request(path).header("Content-Type", "application/yaml")
                .header("Authorization", "Bearer " + token(actor, roles))
                .POST(HttpRequest.BodyPublishers.ofString(yaml)).build());
    }

    private String token(String actor, Role... roles) {
        return tokens.computeIfAbsent(actor, name -> TestAccounts.tokenFor(server, name,
                java.util.EnumSet.of(roles[0], roles), java.util.Set.of(), null));
    }

    /** Every event in the journal, oldest first, but for the test's own set-up of accounts and tokens. */
    List<JsonNode> events() {
        List<JsonNode> all = new ArrayList<>();
        get("/api/events?after=0&limit=5000").body().get("events").forEach(e -> {
            if (!e.get("actor").asText().equals(TestAccounts.SETUP_ACTOR)) {
                all.add(e);
            }
        });
        return all;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
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
