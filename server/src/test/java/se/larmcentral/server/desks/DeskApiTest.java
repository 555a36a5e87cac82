package se.larmcentral.server.desks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.server.TestClock;
import se.larmcentral.server.TestServer;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** An operator takes a desk and leaves it, over HTTP; logging out leaves it too. */
class DeskApiTest {

    private static final String PASSWORD = "correct horse battery";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private TestServer centre;

    @BeforeEach
    void start() {
        centre = new TestServer(dir, Map.of(), new TestClock(Instant.parse("2026-12-07T16:00:00Z")));
        centre.createAccount("anna", PASSWORD, EnumSet.of(Role.CALL_TAKER), Set.of(), null);
        centre.createAccount("bo", PASSWORD, EnumSet.of(Role.CALL_TAKER), Set.of(), null);
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    @Test
    void anOperatorTakesADeskAColleagueCannotAndLogoutLeavesIt() throws Exception {
        TestServer.Browser anna = centre.login("anna", PASSWORD);
        HttpResponse<String> taken = anna.request("PUT", "/api/desks/mine", "{\"desk\":\"desk-1\"}");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
        assertThat(JSON.readTree(taken.body()).get("account").asText()).isEqualTo("anna");

        TestServer.Browser bo = centre.login("bo", PASSWORD);
        HttpResponse<String> refused = bo.request("PUT", "/api/desks/mine", "{\"desk\":\"desk-1\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(JSON.readTree(refused.body()).get("field").asText()).isEqualTo("desk");
        assertThat(refused.body()).contains("desk-1 is taken by anna").doesNotContain("Exception");

        HttpResponse<String> missing = bo.request("PUT", "/api/desks/mine", "{}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(missing.body()).get("field").asText()).isEqualTo("desk");

        JsonNode seats = JSON.readTree(bo.get("/api/desks").body()).get("seats");
        assertThat(seats).hasSize(1);
        assertThat(seats.get(0).get("desk").asText()).isEqualTo("desk-1");

        assertThat(anna.request("DELETE", "/api/session", null).statusCode()).isEqualTo(204);
        assertThat(JSON.readTree(bo.get("/api/desks").body()).get("seats")).isEmpty();
        assertThat(bo.request("PUT", "/api/desks/mine", "{\"desk\":\"desk-1\"}").statusCode()).isEqualTo(200);
        assertThat(bo.request("DELETE", "/api/desks/mine", null).statusCode()).isEqualTo(204);
        assertThat(JSON.readTree(bo.get("/api/desks").body()).get("seats")).isEmpty();
    }
}
