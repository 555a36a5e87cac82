package se.larmcentral.server.console;

import java.util.List;
import java.util.Set;
import java.util.EnumSet;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.server.TestAccounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.larmcentral.server.LarmServer;
import se.larmcentral.server.TestClock;
import se.larmcentral.server.TestHttp;
import se.larmcentral.config.SettingsLoader;
import se.larmcentral.demo.DemoData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A centre in the state {@code ./larm demo} starts with, for the console's browser tests: the demo seeds (shift log,
 * Stockholm County social configuration, demo fleet), road travel times on the inner-Stockholm extract and
 * municipalities located on the SCB boundaries, both from {@code ../shared/data} as the demo uses them. Unlike the
 * demo it runs on a clock the test moves and without the demo's simulated callers, so what the browser shows
 * depends only on what the test does. Commands from the test act as {@link #ACTOR}.
 */
public final class ConsoleCentre implements AutoCloseable {

    /** Who the test's own requests act as (through an API token): {@link TestAccounts#OPERATOR}, every role. */
    public static final String ACTOR = TestAccounts.OPERATOR;
    /** The account the browser logs in as: the floor's roles and the agreements administrator's. */
    public static final String CONSOLE_USER = "console-operator";
    public static final String CONSOLE_PASSWORD = "a console test password";
    static final Set<Role> CONSOLE_ROLES = EnumSet.of(Role.CALL_TAKER, Role.NURSE, Role.DISPATCHER, Role.SUPERVISOR,
            Role.AGREEMENTS_ADMIN);
    static final String EXTRACT = "osm/stockholm-inner-2020.osm.pbf";
    static final String MUNICIPALITIES = "geo/kommuner.geojson";
    static final ObjectMapper JSON = new ObjectMapper();

    public final TestClock clock;
    public final LarmServer server;
    private final String token;
    private final HttpClient http = HttpClient.newHttpClient();

    ConsoleCentre(Path dataDir, Instant start) {
        this(dataDir, start, Map.of());
    }

    /** With {@code settings} (environment variables) over the test's own. */
    ConsoleCentre(Path dataDir, Instant start, Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>();
        environment.put("LARM_DATA_DIR", dataDir.toString());
        environment.put("LARM_HTTP_PORT", "0");
        environment.put("LARM_GEO_OSM_EXTRACT", sharedFile(EXTRACT).toString());
        environment.put("LARM_GEO_MUNICIPALITIES", sharedFile(MUNICIPALITIES).toString());
        environment.putIfAbsent("LARM_GEO_REGION_COUNTIES", "[\"01\"]"); // Stockholms län, as ./larm demo serves
        // The dispatch tests' prepared graph of the same extract: only the first test run imports it.
        environment.put("LARM_GEO_GRAPH_CACHE", Path.of("target/dispatch-test-graph-cache").toAbsolutePath().toString());
        environment.putAll(settings);
        clock = new TestClock(start);
        server = LarmServer.start(SettingsLoader.load(null, environment), clock, List.of(DemoData.EXTENSION));
        try {
            String report = DemoData.loadMissing(server.centre(), clock);
            assertThat(report).as("demo data").doesNotContain("NOT loaded");
            token = TestAccounts.bootstrap(server);
            TestAccounts.createAccount(server, CONSOLE_USER, CONSOLE_PASSWORD, CONSOLE_ROLES, Set.of(), null);
        } catch (RuntimeException | AssertionError e) {
            server.close();
            throw e;
        }
    }

    /** A file under {@code ../shared/data}; fails naming it when it is missing. */
    static Path sharedFile(String relative) {
        String property = System.getProperty("larm.sharedData");
        assertThat(property).as("system property larm.sharedData (set by the parent POM)").isNotBlank();
        Path file = Path.of(property).resolve(relative).toAbsolutePath().normalize();
        assertThat(Files.isRegularFile(file)).as("shared data file %s is missing (the demo and the console's browser"
                + " tests read it from ../shared/data)", file).isTrue();
        return file;
    }

    /** The server's address, e.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public HttpResponse<String> get(String path) {
        return TestHttp.send(http, HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + token).GET().build());
    }

    public HttpResponse<String> post(String path, String json) {
        return TestHttp.send(http, HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /**
     * Whether the server lets {@code username} (an existing account) GET {@code path}: asked with a new token of
     * theirs, reading only the status (a stream is let go at once). For tests that hold either way while another
     * branch changes who may read what.
     */
    public boolean admits(String username, String path) {
        String theirs = TestAccounts.issueToken(server, username, null);
        try {
            HttpResponse<java.io.InputStream> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .header("Authorization", "Bearer " + theirs).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            answer.body().close();
            return answer.statusCode() == 200;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET that must answer 200, as JSON. */
    public JsonNode read(String path) {
        HttpResponse<String> answer = get(path);
        assertThat(answer.statusCode()).as("GET %s: %s", path, answer.body()).isEqualTo(200);
        return parse(answer.body());
    }

    /** POST that must answer {@code status}, as JSON. */
    public JsonNode write(String path, String json, int status) {
        HttpResponse<String> answer = post(path, json);
        assertThat(answer.statusCode()).as("POST %s %s: %s", path, json, answer.body()).isEqualTo(status);
        return parse(answer.body());
    }

    static JsonNode parse(String body) {
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

    /**
     * A care call through intake, classification and the chest-pain interview to its incident INC-&lt;id&gt;, as a
     * call-taker takes it (the crew's terminal and the hospital's view start from one).
     */
    public void chestPainCall(String callId, String note) {
        write("/api/calls", "{\"callId\": \"" + callId + "\", \"dialled\": \"112\", \"position\":"
                + " {\"lat\": 59.3345, \"lon\": 18.0632, \"uncertaintyMetres\": 30, \"source\": \"AML_SMS\"}}", 201);
        write("/api/calls/" + callId + "/answer", "{}", 200);
        write("/api/calls/" + callId + "/classify", "{\"classification\": \"CARE\", \"note\": \"" + note + "\"}", 200);
        String assessment = "/api/triage/assessments/" + callId;
        write(assessment + "/answers", "{\"answers\": {\"conscious\": true, \"breathing-normally\": true}}", 200);
        write(assessment + "/chapter", "{\"chapter\": \"chest-pain\"}", 200);
        write(assessment + "/answers", "{\"answers\": {\"chest-pain-severe-central\": true,"
                + " \"chest-pain-over-5-minutes\": true}}", 200);
        write(assessment + "/confirm", "{}", 200);
        org.assertj.core.api.Assertions.assertThat(post("/api/calls/" + callId + "/dispatch", "{}").statusCode()).isLessThan(300);
    }
}
