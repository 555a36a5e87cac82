package se.larmcentral.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.config.Settings;
import se.larmcentral.config.SettingsLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A centre on a free port with embedded storage in a temporary folder, and a small HTTP client for it. The client
 * acts as {@link TestAccounts#OPERATOR} (every role) with an API token unless a test asks for another account or for
 * none ({@link #send} with a request of its own).
 */
public final class TestServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    public final LarmServer server;
    final HttpClient http = HttpClient.newHttpClient();
    /** The bearer token of {@link TestAccounts#OPERATOR}. */
    public final String token;

    public TestServer(Path dataDir, Map<String, String> extraEnvironment, Clock clock) {
        Map<String, String> environment = new HashMap<>(extraEnvironment);
        environment.put("LARM_DATA_DIR", dataDir.toString());
        environment.put("LARM_HTTP_PORT", "0");
        environment.put("LARM_GEO_GRAPH_CACHE", dataDir.resolve("graph-cache").toString());
        Settings settings = SettingsLoader.load(null, environment);
        server = LarmServer.start(settings, clock);
        token = TestAccounts.bootstrap(server);
    }

    public TestServer(Path dataDir, Map<String, String> extraEnvironment) {
        this(dataDir, extraEnvironment, Clock.systemUTC());
    }

    public TestServer(Path dataDir) {
        this(dataDir, Map.of());
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    public HttpResponse<String> get(String path) {
        return get(path, token);
    }

    public HttpResponse<String> post(String path, String json) {
        return post(path, json, token);
    }

    /** GET with this bearer token (null: none). */
    public HttpResponse<String> get(String path, String bearer) {
        return send(authorised(HttpRequest.newBuilder(uri(path)), bearer).GET().build());
    }

    /** POST of JSON with this bearer token (null: none). */
    public HttpResponse<String> post(String path, String json, String bearer) {
        return send(authorised(HttpRequest.newBuilder(uri(path)), bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Any method with a JSON body (or none when {@code json} is null) and this bearer token (null: none). */
    public HttpResponse<String> request(String method, String path, String json, String bearer) {
        HttpRequest.Builder builder = authorised(HttpRequest.newBuilder(uri(path)), bearer);
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder builder, String bearer) {
        return bearer == null ? builder : builder.header("Authorization", "Bearer " + bearer);
    }

    public HttpResponse<String> send(HttpRequest request) {
        return TestHttp.send(http, request);
    }

    /** A token for a new account with these roles (or for the existing account of that name). */
    public String tokenFor(String username, Set<Role> roles, Set<String> municipalities, String unitId) {
        return TestAccounts.tokenFor(server, username, roles, municipalities, unitId);
    }

    /** A token for a new account with these roles, limited to nothing (no municipality, no unit). */
    public String tokenFor(String username, Role... roles) {
        return tokenFor(username, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), Set.of(), null);
    }

    /** An account that logs in with a password. */
    public void createAccount(String username, String password, Set<Role> roles, Set<String> municipalities, String unitId) {
        TestAccounts.createAccount(server, username, password, roles, municipalities, unitId);
    }

    /** Logs in as a browser would; fails the test unless the login succeeds. */
    public Browser login(String username, String password) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"" + username + "\", \"password\": \""
                        + password + "\"}")).build());
        if (answer.statusCode() != 200) {
            throw new AssertionError("login of " + username + " answered " + answer.statusCode() + ": " + answer.body());
        }
        String cookie = answer.headers().firstValue("set-cookie").orElseThrow();
        return new Browser(cookie.substring(0, cookie.indexOf(';')), read(answer.body()).get("csrfToken").asText());
    }

    /**
     * A logged-in browser: sends the session cookie, and on changes the CSRF token and this server as Origin.
     *
     * @param cookie {@code larm_session=...}
     */
    public final class Browser {
        public final String cookie;
        public final String csrfToken;

        Browser(String cookie, String csrfToken) {
            this.cookie = cookie;
            this.csrfToken = csrfToken;
        }

        public HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).header("Cookie", cookie).GET().build());
        }

        public HttpResponse<String> post(String path, String json) {
            return request("POST", path, json);
        }

        public HttpResponse<String> request(String method, String path, String json) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).header("Cookie", cookie)
                    .header("X-CSRF-Token", csrfToken).header("Origin", "http://127.0.0.1:" + server.port());
            if (json != null) {
                builder.header("Content-Type", "application/json");
            }
            return send(builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json)).build());
        }
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
