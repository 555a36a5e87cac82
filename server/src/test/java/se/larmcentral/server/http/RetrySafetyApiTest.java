package se.larmcentral.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.server.TestAccounts;
import se.larmcentral.server.calls.CallsCentre;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.calls.CallsCentre.assertProblem;

/** A change retried after a lost answer gets the first answer and is not done twice. */
class RetrySafetyApiTest {

    private static final Instant START = Instant.parse("2025-06-10T08:00:00Z");

    @TempDir
    Path dir;

    private CallsCentre centre;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        centre = new CallsCentre(dir, START);
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    private HttpResponse<String> post(String token, String path, String json, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + centre.server.port() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String intake(String callId, String note) {
        return "{\"callId\": \"" + callId + "\", \"dialled\": \"112\", \"callerNumber\": \"+46701234567\", \"queuedAt\": \""
                + START + "\"" + (note == null ? "" : ", \"position\": null") + "}";
    }

    @Test
    void aRetriedChangeWithTheSameKeyGetsTheFirstAnswerAndIsNotExecutedAgain() throws Exception {
        centre.intake("C-1", "070-123 45 67");
        centre.clock.advance(Duration.ofSeconds(5));
        HttpResponse<String> first = post(centre.token, "/api/calls/C-1/answer", "{}", "action-1");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        long after = centre.lastSequence();
        centre.clock.advance(Duration.ofSeconds(5));

        HttpResponse<String> again = post(centre.token, "/api/calls/C-1/answer", "{}", "action-1");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(again.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(centre.lastSequence()).isEqualTo(after);
    }

    @Test
    void theSameKeyForAnotherBodyIsRefusedAndAnotherAccountsKeyIsTheirOwn() throws Exception {
        HttpResponse<String> first = post(centre.token, "/api/calls", intake("C-2", null), "k-2");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertProblem(post(centre.token, "/api/calls", intake("C-3", null), "k-2"), 400, "Idempotency-Key", "another request");
        String colleague = TestAccounts.tokenFor(centre.server, "colleague", Set.of(Role.CALL_TAKER), Set.of(), null);
        HttpResponse<String> theirs = post(colleague, "/api/calls", intake("C-3", null), "k-2");
        assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(201);
        assertThat(theirs.headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void aRefusedChangeIsNotRememberedSoItsRetryRunsAgain() throws Exception {
        assertProblem(post(centre.token, "/api/calls/C-9/answer", "{}", "k-9"), 404, "callId");
        centre.intake("C-9", "070-123 45 67");
        HttpResponse<String> retried = post(centre.token, "/api/calls/C-9/answer", "{}", "k-9");
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
    }

    @Test
    void aKeyThatIsNotPrintableAsciiIsRefused() throws Exception {
        assertProblem(post(centre.token, "/api/calls", intake("C-4", null), "x".repeat(129)), 400, "Idempotency-Key");
    }

    @Test
    void theSameOperatorAnsweringAgainWithoutAKeyGetsTheirEarlierAnswerNotAConflict() throws Exception {
        centre.intake("C-5", "070-123 45 67");
        centre.clock.advance(Duration.ofSeconds(7));
        JsonNode first = CallsCentre.ok(post(centre.token, "/api/calls/C-5/answer", "{}", null), 200);
        long after = centre.lastSequence();
        centre.clock.advance(Duration.ofSeconds(30));
        JsonNode again = CallsCentre.ok(post(centre.token, "/api/calls/C-5/answer", "{}", null), 200);
        assertThat(again.at("/update/state").asText()).isEqualTo("ANSWERED");
        assertThat(again.at("/update/at").asText()).isEqualTo(first.at("/update/at").asText());
        assertThat(again.at("/update/recorded").asBoolean()).isFalse();
        assertThat(centre.lastSequence()).isEqualTo(after);
        // a colleague is still told the call is taken
        String colleague = TestAccounts.tokenFor(centre.server, "colleague", Set.of(Role.CALL_TAKER), Set.of(), null);
        assertThat(post(colleague, "/api/calls/C-5/answer", "{}", null).statusCode()).isEqualTo(409);
    }
}
