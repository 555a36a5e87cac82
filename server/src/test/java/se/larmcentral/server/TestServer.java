package se.larmcentral.server;

import se.larmcentral.server.config.Settings;
import se.larmcentral.server.config.SettingsLoader;

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

/** A centre on a free port with embedded storage in a temporary folder, and a small HTTP client for it. */
public final class TestServer implements AutoCloseable {

    public final LarmServer server;
    final HttpClient http = HttpClient.newHttpClient();

    public TestServer(Path dataDir, Map<String, String> extraEnvironment) {
        Map<String, String> environment = new HashMap<>(extraEnvironment);
        environment.put("LARM_DATA_DIR", dataDir.toString());
        environment.put("LARM_HTTP_PORT", "0");
        environment.put("LARM_GEO_GRAPH_CACHE", dataDir.resolve("graph-cache").toString());
        Settings settings = SettingsLoader.load(null, environment);
        server = TestPrincipals.start(settings, Clock.systemUTC());
    }

    public TestServer(Path dataDir) {
        this(dataDir, Map.of());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("X-Larm-Actor", "operator-7").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        return TestHttp.send(http, TestPrincipals.signedAs(server, TestPrincipals.EVERY_ROLE, request));
    }

    @Override
    public void close() {
        server.close();
    }
}
