package se.larmcentral.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.TestClock;
import se.larmcentral.server.TestHttp;
import se.larmcentral.server.TestServer;
import se.larmcentral.centre.accounts.TokenSecret;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.auth.AuthTesting.START;
import static se.larmcentral.server.auth.AuthTesting.assertProblem;
import static se.larmcentral.server.auth.AuthTesting.json;
import static se.larmcentral.server.auth.AuthTesting.ok;

/** API tokens: issued once, used as bearer tokens without CSRF, refused when wrong, revoked or expired. */
class ApiTokenTest {

    /** A fleet of the one unit the device account reports for. */
    private static final String ONE_UNIT = """
            format: larmcentral-fleet/1
            name: One unit
            illustrative: true
            hospitals: []
            stations:
              - {id: south, name: Station South, position: "59.3098,18.0519", units: [{id: AMB-101, type: ambulance}]}
            """;

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(START);
    private TestServer centre;

    @BeforeEach
    void start() {
        centre = new TestServer(dir, Map.of(), clock);
        ok(centre.send(HttpRequest.newBuilder(centre.uri("/api/dispatch/fleet")).header("Content-Type", "application/yaml")
                .header("Authorization", "Bearer " + centre.token).POST(HttpRequest.BodyPublishers.ofString(ONE_UNIT)).build()), 201);
        ok(centre.post("/api/accounts", "{\"username\": \"unit-101\", \"roles\": [\"UNIT_DEVICE\"], \"unitId\": \"AMB-101\"}"), 201);
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    private JsonNode issue(String json) {
        return ok(centre.post("/api/accounts/unit-101/tokens", json), 201);
    }

    @Test
    void anIssuedTokenActsAsItsAccountWithoutCsrfAndItsSecretIsShownOnlyOnce() {
        JsonNode issued = issue("{\"name\": \"AMB 101 terminal\"}");
        String token = issued.get("token").asText();
        assertThat(token).startsWith("larm_").hasSizeGreaterThanOrEqualTo(48);
        assertThat(issued.get("tokenId").asText()).startsWith("tok-");

        JsonNode who = ok(centre.get("/api/session", token), 200);
        assertThat(who.get("username").asText()).isEqualTo("unit-101");
        assertThat(who.get("roles").toString()).isEqualTo("[\"UNIT_DEVICE\"]");
        assertThat(who.get("unitId").asText()).isEqualTo("AMB-101");
        assertThat(who.get("csrfToken").isNull()).isTrue();

        ok(centre.post("/api/dispatch/units/AMB-101/status", "{\"status\": \"AVAILABLE_MOBILE\"}", token), 200);
        List<JsonNode> events = TestHttp.allEvents(path -> json(centre.get(path)));
        JsonNode last = events.getLast();
        assertThat(last.get("actor").asText()).isEqualTo("unit-101");
        assertThat(last.get("actorKind").asText()).isEqualTo("DEVICE");

        HttpResponse<String> list = centre.get("/api/accounts/unit-101/tokens");
        assertThat(ok(list, 200).get("tokens")).hasSize(1);
        String everything = list.body() + events + centre.get("/api/accounts").body();
        assertThat(everything).doesNotContain(token).doesNotContain(TokenSecret.hash(token));
        assertThat(events.stream().filter(e -> e.get("type").asText().equals("server.ApiTokenIssued")).toList())
                .allSatisfy(e -> assertThat(e.at("/payload/secretHash").asText()).isEqualTo("[hidden]"));
    }

    @Test
    void aWrongTokenOrAnotherSchemeIsRefused() {
        assertProblem(centre.get("/api/session", "larm_" + "A".repeat(43)), 401, null);
        assertProblem(centre.get("/api/shift-log", "not-even-a-token"), 401, null);
        assertProblem(centre.send(HttpRequest.newBuilder(centre.uri("/api/shift-log"))
                .header("Authorization", "Basic dXNlcjpwYXNz").GET().build()), 401, null);
    }

    @Test
    void aRevokedTokenIsRefused() {
        JsonNode issued = issue("{\"name\": \"AMB 101 terminal\"}");
        String token = issued.get("token").asText();
        ok(centre.get("/api/session", token), 200);
        JsonNode revoked = ok(centre.request("DELETE", "/api/accounts/unit-101/tokens/" + issued.get("tokenId").asText(),
                null, centre.token), 200);
        assertThat(revoked.get("revokedAt").isNull()).isFalse();
        assertProblem(centre.get("/api/session", token), 401, null);
        assertProblem(centre.request("DELETE", "/api/accounts/operator-7/tokens/" + issued.get("tokenId").asText(),
                null, centre.token), 404, "tokenId");
        assertProblem(centre.request("DELETE", "/api/accounts/unit-101/tokens/tok-0000", null, centre.token), 404, "tokenId");
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = issue("{\"name\": \"contractor\", \"expiresAt\": \"2025-03-12T13:00:00+01:00\"}").get("token").asText();
        ok(centre.get("/api/session", token), 200);
        clock.advance(Duration.ofMinutes(61));
        assertProblem(centre.get("/api/session", token), 401, null);
    }

    @Test
    void aDisabledAccountsTokensStopWorking() {
        String token = issue("{\"name\": \"AMB 101 terminal\"}").get("token").asText();
        ok(centre.post("/api/accounts/unit-101/disable", ""), 200);
        assertProblem(centre.get("/api/session", token), 401, null);
        ok(centre.post("/api/accounts/unit-101/enable", ""), 200);
        ok(centre.get("/api/session", token), 200);
    }

    @Test
    void badTokenRequestsAreRefusedNamingTheFieldAndStoreNothing() {
        long before = AuthTesting.lastSequence(centre);
        assertProblem(centre.post("/api/accounts/unit-101/tokens", "{\"name\": \" \"}"), 400, "name");
        assertProblem(centre.post("/api/accounts/unit-101/tokens", "{\"name\": \"x\", \"expiresAt\": \"tomorrow\"}"), 400, "expiresAt");
        assertProblem(centre.post("/api/accounts/unit-101/tokens",
                "{\"name\": \"x\", \"expiresAt\": \"2025-03-12T11:00:00+01:00\"}"), 400, "expiresAt");
        assertProblem(centre.post("/api/accounts/nobody/tokens", "{\"name\": \"x\"}"), 404, "username");
        assertThat(AuthTesting.lastSequence(centre)).isEqualTo(before);
    }
}
