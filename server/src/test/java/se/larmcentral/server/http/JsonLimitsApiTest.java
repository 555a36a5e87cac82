package se.larmcentral.server.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.calls.CallsCentre;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.calls.CallsCentre.assertProblem;

/** Bodies beyond what a request can mean (deep nesting, a key given twice) are refused with 400, recording nothing. */
class JsonLimitsApiTest {

    @TempDir
    Path dir;

    private CallsCentre centre;

    @BeforeEach
    void start() {
        centre = new CallsCentre(dir, Instant.parse("2025-06-10T08:00:00Z"));
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    @Test
    void aBodyNestedTwoThousandDeepIsA400NamingTheLimitAndRecordsNothing() {
        long before = centre.lastSequence();
        String deep = "{\"callId\": \"C-1\", \"dialled\": \"112\", \"extra\": " + nested(2000) + "}";
        assertProblem(centre.post("/api/calls", deep), 400, "body", "nested deeper than 64");
        assertThat(centre.lastSequence()).isEqualTo(before);
    }

    @Test
    void aWrongValueIsNamedInWordsNeverByAJavaTypeAndAnEnumIsReadWhateverItsCase() {
        centre.write("/api/calls", "{\"callId\": \"T-1\", \"dialled\": \"112\"}", 201);
        centre.write("/api/calls/T-1/answer", "{}", 200);
        long before = centre.lastSequence();
        var comma = centre.post("/api/calls/T-1/position", "{\"point\": {\"lat\": \"59,3\", \"lon\": 18.06}, \"reason\": \"x\"}");
        assertProblem(comma, 400, "point.lat", "'59,3' is not a number (with a point, not a comma, for decimals)");
        assertThat(comma.body()).doesNotContain("Double").doesNotContain("double");
        var kind = centre.post("/api/calls/T-1/classify", "{\"classification\": 7}");
        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(kind.body()).doesNotContain("String");
        assertThat(centre.lastSequence()).isEqualTo(before);
    }

    @Test
    void anUnauthenticatedDeepBodyIsA400NotAFailure() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + centre.server.port() + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"a\", \"extra\": " + nested(2000) + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(answer, 400, "body", "nested deeper than 64");
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("jackson");
    }

    @Test
    void aKeyGivenTwiceIsRefusedAndNothingIsRecorded() {
        long before = centre.lastSequence();
        String twice = "{\"callId\": \"C-1\", \"dialled\": \"112\", \"callerNumber\": \"+46701234567\","
                + " \"callId\": \"C-2\", \"queuedAt\": \"2025-06-10T08:00:00Z\"}";
        assertProblem(centre.post("/api/calls", twice), 400, "body", "callId");
        assertThat(centre.lastSequence()).isEqualTo(before);
    }

    @Test
    void nestingWithinTheLimitIsStillReadAsUsual() {
        centre.intake("C-3", "070-123 45 67");
        assertThat(centre.read("/api/calls/C-3").toString()).contains("\"C-3\"");
    }
}
