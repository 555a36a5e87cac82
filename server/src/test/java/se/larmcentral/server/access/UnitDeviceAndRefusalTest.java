package se.larmcentral.server.access;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.TestPrincipals;
import se.larmcentral.centre.accounts.Principal;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.web.Route;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A unit's device reports only for its own unit; refusals are problems that say who may, and nothing else: 401 for
 * nobody (or credentials that are not valid), 403 for someone whose roles do not allow it.
 */
class UnitDeviceAndRefusalTest {

    @TempDir
    static Path dir;
    private static AccessClient centre;
    private static String own;
    private static String other;
    private static Principal device;

    @BeforeAll
    static void start() {
        centre = new AccessClient(dir);
        JsonNode units = centre.get(TestPrincipals.EVERY_ROLE, "/api/dispatch/fleet").json().get("units");
        own = units.get(0).get("id").asText();
        other = units.get(1).get("id").asText();
        device = TestPrincipals.unitDevice(own);
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    @Test
    void aUnitDeviceCannotChangeAnotherUnitsStatusOrPosition() {
        long before = centre.lastSequence();
        String otherBefore = centre.get(TestPrincipals.EVERY_ROLE, "/api/dispatch/units/" + other).body();
        assertForbidden(centre.post(device, "/api/dispatch/units/" + other + "/status", "{\"status\": \"OUT_OF_SERVICE\"}"));
        assertForbidden(centre.post(device, "/api/dispatch/units/" + other + "/position", position("2025-03-12T11:00:05Z")));
        assertForbidden(centre.post(device, "/api/dispatch/units/" + other + "/shift/end", ""));
        assertForbidden(centre.post(device, "/api/dispatch/incidents/INC-1/at-patient", "{\"unitId\": \"" + other + "\"}"));
        assertForbidden(centre.get(device, "/api/dispatch/units/" + other));
        assertForbidden(centre.get(device, "/api/dispatch/units/" + other + "/proposal"));
        assertForbidden(centre.get(device, "/api/dispatch/units/" + other + "/assignment"));
        // nor send units, nor read the fleet (the journal it reads filtered to its own unit: CrewTerminalApiTest)
        assertForbidden(centre.post(device, "/api/dispatch/incidents/INC-1/assign", "{\"unitId\": \"" + own + "\"}"));
        assertForbidden(centre.get(device, "/api/dispatch/fleet"));
        assertThat(centre.lastSequence()).as("events recorded by refused requests").isEqualTo(before);
        assertThat(centre.get(TestPrincipals.EVERY_ROLE, "/api/dispatch/units/" + other).body()).isEqualTo(otherBefore);
    }

    @Test
    void aUnitDeviceReportsItsOwnPositionAndStatus() {
        AccessClient.Answer moved = centre.post(device, "/api/dispatch/units/" + own + "/position", position("2025-03-12T11:00:10Z"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        AccessClient.Answer status = centre.post(device, "/api/dispatch/units/" + own + "/status", "{\"status\": \"OUT_OF_SERVICE\"}");
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        JsonNode unit = centre.get(device, "/api/dispatch/units/" + own).json();
        assertThat(unit.get("status").asText()).isEqualTo("OUT_OF_SERVICE");
    }

    @Test
    void nobodyIsAskedToSignInAndLearnsNothing() {
        AccessClient.Answer answer = centre.get(null, "/api/social/agreements/0180/2017-10-01");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("title").asText()).isEqualTo("Not authenticated");
        assertThat(problem.get("detail").asText()).contains("sign in");
        assertThat(answer.body()).doesNotContain("0180/2017-10-01", "Stockholm", "EXTENDED", "AGREEMENTS_ADMIN");

        AccessClient.Answer unknownRoute = centre.get(null, "/api/social/agreements/0180/2017-10-01/nothing-here");
        assertThat(unknownRoute.status()).isEqualTo(404);
        assertThat(centre.get(null, "/health").status()).isEqualTo(200);
    }

    @Test
    void credentialsThatAreNotValidAreRefusedWith401() {
        AccessClient.Answer answer = centre.withAuthorization("Bearer forged-token", "/api/events");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContain("forged-token", "\"events\"");
    }

    @Test
    void someoneWithoutTheRoleIsToldWhichRoleIsNeededAndNothingElse() {
        Principal callTaker = TestPrincipals.roles("call-taker", Role.CALL_TAKER);
        AccessClient.Answer override = centre.post(callTaker, "/api/triage/assessments/CASE-7/override",
                "{\"priority\": \"1A\", \"reason\": \"x\"}");
        assertThat(override.status()).isEqualTo(403);
        assertThat(override.contentType()).startsWith("application/problem+json");
        JsonNode problem = override.json();
        assertThat(problem.get("status").asInt()).isEqualTo(403);
        assertThat(problem.get("title").asText()).isEqualTo("Forbidden");
        assertThat(problem.get("detail").asText()).contains("NURSE").doesNotContain("CASE-7");

        Principal auditor = TestPrincipals.roles("auditor", Role.AUDITOR);
        AccessClient.Answer read = centre.get(auditor, "/api/events");
        assertThat(read.status()).as("the auditor reads").isEqualTo(200);
        AccessClient.Answer write = centre.post(auditor, "/api/shift-log", "{\"text\": \"x\"}");
        assertThat(write.status()).as("and changes nothing").isEqualTo(403);
        assertThat(write.json().get("detail").asText()).contains("CALL_TAKER").doesNotContain("AUDITOR");

        AccessClient.Answer scoped = centre.get(TestPrincipals.municipalityAdmin("nacka-admin", "0182"),
                "/api/social/municipalities/0180");
        assertThat(scoped.json().get("detail").asText()).contains("MUNICIPALITY_ADMIN of the municipality in the path")
                .doesNotContain("0180");
    }

    @Test
    void aRouteWithoutAnAccessRuleCannotBeBuilt() {
        assertThatThrownBy(() -> Route.post("/api/new-thing/{id}").summary("new").handle(ctx -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("POST /api/new-thing/{id}")
                .hasMessageContaining("access");
        assertThatThrownBy(() -> se.larmcentral.web.auth.Access.roles(Role.MUNICIPALITY_ADMIN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> se.larmcentral.web.auth.Access.roles(Role.AUDITOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("changes nothing");
    }

    private static void assertForbidden(AccessClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContain(other);
    }

    private static String position(String at) {
        return "{\"position\": {\"lat\": 59.33, \"lon\": 18.06}, \"observedAt\": \"" + at + "\"}";
    }
}
