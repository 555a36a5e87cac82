package se.larmcentral.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.TestServer;

import java.net.http.HttpResponse;
import java.net.http.HttpRequest;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.auth.AuthTesting.PASSWORD;
import static se.larmcentral.server.auth.AuthTesting.assertProblem;
import static se.larmcentral.server.auth.AuthTesting.lastSequence;
import static se.larmcentral.server.auth.AuthTesting.login;
import static se.larmcentral.server.auth.AuthTesting.ok;

/** The administrator's account API: creating with every field checked, listing without secrets, changing. */
class AccountsApiTest {

    @TempDir
    Path dir;

    private TestServer centre;

    @BeforeEach
    void start() {
        centre = new TestServer(dir);
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    @Test
    void anAccountIsCreatedWithAHashedPasswordAndCanLogIn() {
        JsonNode created = ok(centre.post("/api/accounts", "{\"username\": \"varmdo-admin\", \"roles\": [\"municipality-admin\"],"
                + " \"municipalities\": [\"0120\"], \"password\": \"" + PASSWORD + "\"}"), 201);
        assertThat(created.get("username").asText()).isEqualTo("varmdo-admin");
        assertThat(created.get("roles").toString()).isEqualTo("[\"MUNICIPALITY_ADMIN\"]");
        assertThat(created.get("municipalities").toString()).isEqualTo("[\"0120\"]");
        assertThat(created.get("hasPassword").asBoolean()).isTrue();
        assertThat(created.get("disabled").asBoolean()).isFalse();

        HttpResponse<String> list = centre.get("/api/accounts");
        assertThat(ok(list, 200).get("accounts")).extracting(a -> a.get("username").asText())
                .containsExactly("operator-7", "varmdo-admin");
        String events = centre.get("/api/events?after=0&limit=5000").body();
        assertThat(list.body() + events).doesNotContain(PASSWORD).doesNotContain("$argon2");
        String stored = centre.server.centre().loop().read(s -> s.accounts().find("varmdo-admin").orElseThrow().passwordHash());
        assertThat(stored).startsWith("$argon2id$").doesNotContain(PASSWORD);

        JsonNode session = ok(login(centre, "varmdo-admin", PASSWORD), 200);
        assertThat(session.get("municipalities").toString()).isEqualTo("[\"0120\"]");
        ok(centre.get("/api/accounts/varmdo-admin"), 200);
        assertProblem(centre.get("/api/accounts/nobody"), 404, "username");
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsStored() {
        long before = lastSequence(centre);
        String ok = "\"password\": \"" + PASSWORD + "\"";
        assertProblem(centre.post("/api/accounts", "{\"username\": \"Anna\", \"roles\": [\"NURSE\"], " + ok + "}"), 400, "username");
        assertProblem(centre.post("/api/accounts", "{\"username\": \"a\", \"roles\": [\"NURSE\"], " + ok + "}"), 400, "username");
        assertProblem(centre.post("/api/accounts", "{\"roles\": [\"NURSE\"], " + ok + "}"), 400, "username");
        assertProblem(centre.post("/api/accounts", "{\"username\": \"anna\", \"roles\": [], " + ok + "}"), 400, "roles");
        assertProblem(centre.post("/api/accounts", "{\"username\": \"anna\", " + ok + "}"), 400, "roles");
        assertProblem(centre.post("/api/accounts", "{\"username\": \"anna\", \"roles\": [\"PILOT\"], " + ok + "}"), 400, "roles");
        HttpResponse<String> shortPassword = centre.post("/api/accounts",
                "{\"username\": \"anna\", \"roles\": [\"NURSE\"], \"password\": \"tooShort-11\"}");
        assertProblem(shortPassword, 400, "password");
        assertThat(shortPassword.body()).contains("at least 12").doesNotContain("tooShort-11");
        assertProblem(centre.post("/api/accounts", "{\"username\": \"anna\", \"roles\": [\"NURSE\"], \"password\": \""
                + "x".repeat(129) + "\"}"), 400, "password");
        assertProblem(centre.post("/api/accounts", "{\"username\": \"anna\", \"roles\": [\"NURSE\"], \"password\": \""
                + " ".repeat(14) + "\"}"), 400, "password");
        assertProblem(centre.post("/api/accounts", "{\"username\": \"anna\", \"roles\": [\"MUNICIPALITY_ADMIN\"], " + ok + "}"),
                400, "municipalities");
        assertProblem(centre.post("/api/accounts", "{\"username\": \"anna\", \"roles\": [\"MUNICIPALITY_ADMIN\"],"
                + " \"municipalities\": [\"9999\"], " + ok + "}"), 400, "municipalities");
        assertProblem(centre.post("/api/accounts", "{\"username\": \"anna\", \"roles\": [\"NURSE\"],"
                + " \"municipalities\": [\"0120\"], " + ok + "}"), 400, "municipalities");
        assertProblem(centre.post("/api/accounts", "{\"username\": \"anna\", \"roles\": [\"UNIT_DEVICE\"]}"), 400, "unitId");
        assertProblem(centre.post("/api/accounts", "{\"username\": \"anna\", \"roles\": [\"UNIT_DEVICE\"], \"unitId\": \"AMB 101!\"}"),
                400, "unitId");
        assertProblem(centre.post("/api/accounts", "{\"username\": \"anna\", \"roles\": [\"NURSE\"], \"unitId\": \"AMB-101\"}"),
                400, "unitId");
        assertThat(centre.post("/api/accounts", "{\"username\": \"anna\", \"roles\": [\"UNIT_DEVICE\"], \"unitId\": \"AMB-999\"}").body())
                .contains("\"unitId\"", "no unit 'AMB-999' in the fleet");
        assertProblem(centre.post("/api/accounts", "{\"username\": \"anna\", \"roles\": [\"NURSE\"], \"pasword\": \"x\"}"),
                400, "pasword");
        assertProblem(centre.post("/api/accounts", "{\"username\": \"operator-7\", \"roles\": [\"NURSE\"]}"), 409, "username");
        assertThat(lastSequence(centre)).as("nothing stored").isEqualTo(before);
        assertThat(ok(centre.get("/api/accounts"), 200).get("accounts")).hasSize(1);
    }

    @Test
    void rolesChangesAreCheckedLikeANewAccount() {
        ok(centre.post("/api/accounts", "{\"username\": \"anna\", \"roles\": [\"NURSE\"], \"password\": \"" + PASSWORD + "\"}"), 201);
        long before = lastSequence(centre);
        assertProblem(centre.request("PUT", "/api/accounts/anna/roles", "{\"roles\": [\"UNIT_DEVICE\"]}", centre.token), 400, "unitId");
        assertProblem(centre.request("PUT", "/api/accounts/anna/roles", "{\"roles\": []}", centre.token), 400, "roles");
        assertProblem(centre.request("PUT", "/api/accounts/nobody/roles", "{\"roles\": [\"NURSE\"]}", centre.token), 404, "username");
        assertProblem(centre.request("PUT", "/api/accounts/anna/password", "{\"password\": \"short\"}", centre.token), 400, "password");
        assertThat(lastSequence(centre)).isEqualTo(before);
        ok(centre.send(HttpRequest.newBuilder(centre.uri("/api/dispatch/fleet")).header("Content-Type", "application/yaml")
                .header("Authorization", "Bearer " + centre.token).POST(HttpRequest.BodyPublishers.ofString("""
                        format: larmcentral-fleet/1
                        name: One unit
                        illustrative: true
                        hospitals: []
                        stations:
                          - {id: south, name: Station South, position: "59.3098,18.0519", units: [{id: AMB-102, type: ambulance}]}
                        """)).build()), 201);
        JsonNode changed = ok(centre.request("PUT", "/api/accounts/anna/roles",
                "{\"roles\": [\"NURSE\", \"UNIT_DEVICE\"], \"unitId\": \"AMB-102\"}", centre.token), 200);
        assertThat(changed.get("unitId").asText()).isEqualTo("AMB-102");
    }
}
