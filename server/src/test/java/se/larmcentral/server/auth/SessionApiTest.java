package se.larmcentral.server.auth;


import se.larmcentral.centre.accounts.Role;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.TestClock;
import se.larmcentral.server.TestHttp;
import se.larmcentral.server.TestServer;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.auth.AuthTesting.PASSWORD;
import static se.larmcentral.server.auth.AuthTesting.START;
import static se.larmcentral.server.auth.AuthTesting.assertProblem;
import static se.larmcentral.server.auth.AuthTesting.json;
import static se.larmcentral.server.auth.AuthTesting.lastSequence;
import static se.larmcentral.server.auth.AuthTesting.login;
import static se.larmcentral.server.auth.AuthTesting.ok;

/** Login sessions: the cookie, who the session is, logout, expiry, CSRF, and the account changing under a session. */
class SessionApiTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(START);
    private TestServer centre;

    @BeforeEach
    void start() {
        centre = new TestServer(dir, Map.of(), clock);
        centre.createAccount("anna", PASSWORD, EnumSet.of(Role.DISPATCHER), Set.of(), null);
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    @Test
    void aLoginAnswersWhoItIsAndSetsAnHttpOnlyStrictCookie() {
        HttpResponse<String> answer = login(centre, "anna", PASSWORD);
        JsonNode session = ok(answer, 200);
        assertThat(session.get("username").asText()).isEqualTo("anna");
        assertThat(session.get("roles").toString()).isEqualTo("[\"DISPATCHER\"]");
        assertThat(session.get("municipalities")).isEmpty();
        assertThat(session.get("unitId").isNull()).isTrue();
        assertThat(session.get("csrfToken").asText()).hasSizeGreaterThanOrEqualTo(40);
        String cookie = answer.headers().firstValue("set-cookie").orElseThrow();
        assertThat(cookie).startsWith("larm_session=").contains("HttpOnly", "SameSite=Strict", "Path=/")
                .doesNotContain("Secure");
        assertThat(cookie.substring("larm_session=".length(), cookie.indexOf(';'))).hasSizeGreaterThanOrEqualTo(40);

        TestServer.Browser browser = centre.login("anna", PASSWORD);
        JsonNode again = ok(browser.get("/api/session"), 200);
        assertThat(again.get("username").asText()).isEqualTo("anna");
        assertThat(again.get("csrfToken").asText()).isEqualTo(browser.csrfToken);
        assertProblem(centre.get("/api/session", null), 401, null);
    }

    @Test
    void behindATlsProxyTheCookieIsSecureAndBrowsersAreToldToKeepToTls() throws Exception {
        centre.close();
        centre = new TestServer(dir.resolve("tls"), Map.of("LARM_AUTH_BEHIND_TLS_PROXY", "true"), clock);
        centre.createAccount("anna", PASSWORD, EnumSet.of(Role.DISPATCHER), Set.of(), null);
        HttpResponse<String> answer = login(centre, "anna", PASSWORD);
        ok(answer, 200);
        assertThat(answer.headers().firstValue("set-cookie").orElseThrow()).contains("; Secure", "HttpOnly", "SameSite=Strict");
        assertThat(answer.headers().firstValue("strict-transport-security").orElseThrow()).contains("max-age=");
    }

    @Test
    void logoutEndsTheSessionAndClearsTheCookie() {
        TestServer.Browser browser = centre.login("anna", PASSWORD);
        HttpResponse<String> out = browser.request("DELETE", "/api/session", null);
        assertThat(out.statusCode()).isEqualTo(204);
        assertThat(out.headers().firstValue("set-cookie").orElseThrow()).contains("Max-Age=0");
        assertProblem(browser.get("/api/session"), 401, null);
        assertProblem(browser.get("/api/shift-log"), 401, null);
    }

    @Test
    void aSessionEndsWhenIdleTooLongAndAfterItsLifetimeHoweverBusy() {
        TestServer.Browser idle = centre.login("anna", PASSWORD);
        clock.advance(Duration.ofMinutes(59));
        ok(idle.get("/api/session"), 200);
        clock.advance(Duration.ofMinutes(61));
        assertProblem(idle.get("/api/session"), 401, null);

        TestServer.Browser busy = centre.login("anna", PASSWORD);
        for (int i = 0; i < 15; i++) {
            clock.advance(Duration.ofMinutes(50));
            ok(busy.get("/api/session"), 200);
        }
        // 12.5 hours in: one more use past 13 hours ends it
        clock.advance(Duration.ofMinutes(31));
        assertProblem(busy.get("/api/session"), 401, null);
    }

    @Test
    void aChangeOnASessionNeedsItsCsrfTokenAndMustComeFromThisSite() {
        TestServer.Browser browser = centre.login("anna", PASSWORD);
        long before = lastSequence(centre);
        String body = "{\"text\": \"Telia fault\"}";
        HttpRequest.Builder base = HttpRequest.newBuilder(centre.uri("/api/shift-log")).header("Cookie", browser.cookie)
                .header("Content-Type", "application/json");

        assertProblem(centre.send(base.copy().POST(HttpRequest.BodyPublishers.ofString(body)).build()), 403, null);
        assertProblem(centre.send(base.copy().header("X-CSRF-Token", "guess")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()), 403, null);
        assertProblem(centre.send(base.copy().header("X-CSRF-Token", browser.csrfToken)
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString(body)).build()), 403, null);
        assertProblem(centre.send(base.copy().header("X-CSRF-Token", browser.csrfToken)
                .header("Sec-Fetch-Site", "cross-site").POST(HttpRequest.BodyPublishers.ofString(body)).build()), 403, null);
        assertThat(browser.request("DELETE", "/api/session", null).statusCode()).isEqualTo(204);
        assertProblem(centre.send(base.copy().header("X-CSRF-Token", browser.csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()), 401, null);
        assertThat(lastSequence(centre)).as("nothing recorded").isEqualTo(before);

        TestServer.Browser again = centre.login("anna", PASSWORD);
        ok(centre.send(base.copy().setHeader("Cookie", again.cookie).header("X-CSRF-Token", again.csrfToken)
                .header("Sec-Fetch-Site", "same-origin").header("Origin", "http://127.0.0.1:" + centre.server.port())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()), 201);
        JsonNode event = TestHttp.allEvents(path -> json(centre.get(path))).getLast();
        assertThat(event.get("type").asText()).isEqualTo("server.EntryWritten");
        assertThat(event.get("actor").asText()).isEqualTo("anna");
        // reads need no CSRF token
        ok(again.get("/api/shift-log"), 200);
    }

    @Test
    void aLoginFromAnotherSiteIsRefused() {
        assertProblem(login(centre, "anna", PASSWORD, "https://evil.example"), 403, null);
        ok(login(centre, "anna", PASSWORD, "http://127.0.0.1:" + centre.server.port()), 200);
    }

    @Test
    void aWrongPasswordAndAnUnknownUsernameGetTheSameAnswer() {
        HttpResponse<String> wrongPassword = login(centre, "anna", "not the password at all");
        HttpResponse<String> unknown = login(centre, "nobody-here", "not the password at all");
        assertProblem(wrongPassword, 401, null);
        assertProblem(unknown, 401, null);
        assertThat(unknown.body()).isEqualTo(wrongPassword.body());
        assertThat(unknown.headers().map().keySet()).isEqualTo(wrongPassword.headers().map().keySet());
    }

    @Test
    void missingLoginFieldsAreNamed() {
        assertProblem(centre.send(HttpRequest.newBuilder(centre.uri("/api/session")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"password\": \"x\"}")).build()), 400, "username");
        assertProblem(centre.send(HttpRequest.newBuilder(centre.uri("/api/session")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"anna\"}")).build()), 400, "password");
    }

    @Test
    void changedRolesApplyAtTheNextRequestAndDisablingOrANewPasswordEndsTheSession() {
        TestServer.Browser browser = centre.login("anna", PASSWORD);
        ok(centre.request("PUT", "/api/accounts/anna/roles", "{\"roles\": [\"supervisor\", \"AUDITOR\"]}", centre.token), 200);
        assertThat(ok(browser.get("/api/session"), 200).get("roles").toString()).isEqualTo("[\"SUPERVISOR\",\"AUDITOR\"]");

        clock.advance(Duration.ofSeconds(1));
        ok(centre.request("PUT", "/api/accounts/anna/password", "{\"password\": \"a new long passphrase\"}", centre.token), 200);
        assertProblem(browser.get("/api/session"), 401, null);
        assertProblem(login(centre, "anna", PASSWORD), 401, null);

        clock.advance(Duration.ofSeconds(1));
        TestServer.Browser renewed = centre.login("anna", "a new long passphrase");
        ok(centre.request("POST", "/api/accounts/anna/disable", null, centre.token), 200);
        assertProblem(renewed.get("/api/session"), 401, null);
        assertProblem(login(centre, "anna", "a new long passphrase"), 401, null);
        ok(centre.request("POST", "/api/accounts/anna/enable", null, centre.token), 200);
        ok(login(centre, "anna", "a new long passphrase"), 200);
    }

    @Test
    void anEndedSessionCookieDoesNotStandInTheWayOfLoggingInAgain() {
        TestServer.Browser browser = centre.login("anna", PASSWORD);
        browser.request("DELETE", "/api/session", null);
        HttpResponse<String> again = centre.send(HttpRequest.newBuilder(centre.uri("/api/session"))
                .header("Content-Type", "application/json").header("Cookie", browser.cookie)
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"anna\", \"password\": \"" + PASSWORD + "\"}")).build());
        ok(again, 200);
        assertThat(again.headers().firstValue("set-cookie").orElseThrow()).doesNotContain(browser.cookie);
    }
}
