package se.larmcentral.server.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.larmcentral.server.LarmServer;
import se.larmcentral.server.TestClock;
import se.larmcentral.server.TestPrincipals;
import se.larmcentral.centre.accounts.Principal;
import se.larmcentral.config.SettingsLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A demo centre (Stockholm social data and demo fleet) on a test clock, and a client that calls it as a principal
 * (through {@link TestPrincipals}) or as nobody. An event stream's answer is cut after its headers.
 */
final class AccessClient implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Wednesday 2025-03-12 12:00 Swedish time. */
    static final Instant WEDNESDAY_NOON = Instant.parse("2025-03-12T11:00:00Z");

    /** An answer: status, content type and body (empty for an event stream). */
    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean refused() {
            return status == 401 || status == 403;
        }
    }

    final LarmServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    AccessClient(Path dataDir) {
        server = TestPrincipals.start(SettingsLoader.load(null, Map.of(
                "LARM_DATA_DIR", dataDir.toString(),
                "LARM_HTTP_PORT", "0",
                "LARM_DEMO", "true",
                "LARM_GEO_GRAPH_CACHE", dataDir.resolve("graph-cache").toString())), new TestClock(WEDNESDAY_NOON));
    }

    /** @param who the principal, or null for nobody */
    Answer send(Principal who, String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(30));
        if (body != null) {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        if (who != null) {
            TestPrincipals.as(server, who, request);
        }
        try {
            HttpResponse<InputStream> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String type = contentType(answer.headers());
            try (InputStream in = answer.body()) {
                String text = type.startsWith("text/event-stream") ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new Answer(answer.statusCode(), type, text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET with this Authorization header as it is (credentials the centre did not issue). */
    Answer withAuthorization(String authorization, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", authorization).GET().build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(answer.statusCode(), contentType(answer.headers()), answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer get(Principal who, String path) {
        return send(who, "GET", path, null, null);
    }

    /**
     * A care call through intake, classification and the chest-pain interview to its incident INC-&lt;id&gt;, each step
     * by {@code who} and each required to succeed.
     */
    void careCall(Principal who, String callId) {
        String[][] steps = {
                {"/api/calls", "{\"callId\": \"" + callId + "\", \"dialled\": \"112\", \"callerNumber\": \"+46701234567\","
                        + " \"position\": {\"lat\": 59.3345, \"lon\": 18.0632, \"uncertaintyMetres\": 30, \"source\": \"AML_SMS\"}}"},
                {"/api/calls/" + callId + "/answer", "{}"},
                {"/api/calls/" + callId + "/classify", "{\"classification\": \"CARE\", \"note\": \"Man 60 år, tryck över bröstet\"}"},
                {"/api/triage/assessments/" + callId + "/answers", "{\"answers\": {\"conscious\": true, \"breathing-normally\": true}}"},
                {"/api/triage/assessments/" + callId + "/chapter", "{\"chapter\": \"chest-pain\"}"},
                {"/api/triage/assessments/" + callId + "/answers", "{\"answers\": {\"chest-pain-severe-central\": true,"
                        + " \"chest-pain-over-5-minutes\": true}}"},
                {"/api/triage/assessments/" + callId + "/confirm", "{}"},
                {"/api/calls/" + callId + "/dispatch", "{}"}};
        for (String[] step : steps) {
            Answer answer = post(who, step[0], step[1]);
            assertThat(answer.status()).as(step[0] + ": " + answer.body()).isLessThan(300);
        }
    }

    Answer post(Principal who, String path, String json) {
        return send(who, "POST", path, "application/json", json);
    }

    Answer put(Principal who, String path, String json) {
        return send(who, "PUT", path, "application/json", json);
    }

    Answer delete(Principal who, String path) {
        return send(who, "DELETE", path, null, null);
    }

    long lastSequence() {
        return server.centre().loop().lastSequence();
    }

    private static String contentType(HttpHeaders headers) {
        return headers.firstValue("content-type").orElse("");
    }

    @Override
    public void close() {
        server.close();
    }
}
