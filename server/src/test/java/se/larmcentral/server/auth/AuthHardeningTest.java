package se.larmcentral.server.auth;


import se.larmcentral.centre.accounts.Role;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.TestClock;
import se.larmcentral.server.TestServer;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.auth.AuthTesting.PASSWORD;
import static se.larmcentral.server.auth.AuthTesting.START;
import static se.larmcentral.server.auth.AuthTesting.assertProblem;
import static se.larmcentral.server.auth.AuthTesting.lastSequence;
import static se.larmcentral.server.auth.AuthTesting.ok;

/**
 * What the security review of the accounts found and fixed: a login replaces the browser's session, logout needs
 * the CSRF token, role changes reach API tokens at once, the last administrator stays, and the login throttle counts
 * the client's address (X-Forwarded-For only from a trusted proxy).
 */
class AuthHardeningTest {

    private static final String WRONG = "wrong guess number";

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(START);
    private TestServer centre;

    private TestServer start(Map<String, String> settings) {
        centre = new TestServer(dir, settings, clock);
        centre.createAccount("anna", PASSWORD, EnumSet.of(Role.DISPATCHER), Set.of(), null);
        return centre;
    }

    @AfterEach
    void stop() {
        if (centre != null) {
            centre.close();
        }
    }

    private HttpResponse<String> loginWithCookie(String cookie) {
        return centre.send(HttpRequest.newBuilder(centre.uri("/api/session")).header("Content-Type", "application/json")
                .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"anna\", \"password\": \""
                        + PASSWORD + "\"}")).build());
    }

    private static String cookieOf(HttpResponse<String> login) {
        String header = login.headers().firstValue("set-cookie").orElseThrow();
        return header.substring(0, header.indexOf(';'));
    }

    @Test
    void aLoginGivesANewSessionIdAndEndsTheSessionTheBrowserHadBefore() {
        start(Map.of());
        TestServer.Browser first = centre.login("anna", PASSWORD);
        HttpResponse<String> second = loginWithCookie(first.cookie);
        ok(second, 200);
        assertThat(cookieOf(second)).isNotEqualTo(first.cookie);
        assertProblem(first.get("/api/session"), 401, null);
        ok(centre.send(HttpRequest.newBuilder(centre.uri("/api/session")).header("Cookie", cookieOf(second)).GET().build()), 200);

        // an id planted in the browser beforehand (session fixation) is not taken over
        HttpResponse<String> planted = loginWithCookie("larm_session=chosen-by-the-attacker");
        ok(planted, 200);
        assertThat(cookieOf(planted)).isNotEqualTo("larm_session=chosen-by-the-attacker");
        assertProblem(centre.send(HttpRequest.newBuilder(centre.uri("/api/session"))
                .header("Cookie", "larm_session=chosen-by-the-attacker").GET().build()), 401, null);
    }

    @Test
    void logoutNeedsTheCsrfTokenSoAnotherSiteCannotLogSomeoneOut() {
        start(Map.of());
        TestServer.Browser browser = centre.login("anna", PASSWORD);
        HttpRequest.Builder logout = HttpRequest.newBuilder(centre.uri("/api/session")).header("Cookie", browser.cookie).DELETE();
        assertProblem(centre.send(logout.copy().build()), 403, null);
        assertProblem(centre.send(logout.copy().header("X-CSRF-Token", browser.csrfToken)
                .header("Origin", "https://evil.example").build()), 403, null);
        ok(browser.get("/api/session"), 200);
        assertThat(centre.send(logout.copy().header("X-CSRF-Token", browser.csrfToken).build()).statusCode()).isEqualTo(204);
        assertProblem(browser.get("/api/session"), 401, null);
    }

    @Test
    void changedRolesApplyToAnApiTokenAtItsNextRequest() {
        start(Map.of());
        String token = centre.tokenFor("terminal-3", Role.DISPATCHER);
        ok(centre.post("/api/shift-log", "{\"text\": \"unit AMB-101 back\"}", token), 201);
        ok(centre.request("PUT", "/api/accounts/terminal-3/roles", "{\"roles\": [\"AUDITOR\"]}", centre.token), 200);
        long before = lastSequence(centre);
        assertProblem(centre.post("/api/shift-log", "{\"text\": \"again\"}", token), 403, null);
        assertThat(lastSequence(centre)).isEqualTo(before);
        assertThat(ok(centre.get("/api/session", token), 200).get("roles").toString()).isEqualTo("[\"AUDITOR\"]");
    }

    @Test
    void theLastEnabledAdministratorCanNeitherLoseTheRoleNorBeDisabled() {
        start(Map.of());
        // operator-7 is the test centre's only administrator
        long before = lastSequence(centre);
        JsonNode demoted = assertProblem(centre.request("PUT", "/api/accounts/operator-7/roles", "{\"roles\": [\"SUPERVISOR\"]}",
                centre.token), 409, "roles");
        assertThat(demoted.get("detail").asText()).contains("without an enabled ADMINISTRATOR");
        assertProblem(centre.post("/api/accounts/operator-7/disable", ""), 409, "username");
        assertThat(lastSequence(centre)).as("nothing recorded").isEqualTo(before);

        // with a second administrator, either change is fine; a disabled one does not count
        centre.tokenFor("second-admin", Role.ADMINISTRATOR);
        ok(centre.post("/api/accounts/second-admin/disable", ""), 200);
        assertProblem(centre.post("/api/accounts/operator-7/disable", ""), 409, "username");
        ok(centre.post("/api/accounts/second-admin/enable", ""), 200);
        ok(centre.request("PUT", "/api/accounts/operator-7/roles", "{\"roles\": [\"SUPERVISOR\", \"ADMINISTRATOR\"]}",
                centre.token), 200);
        ok(centre.post("/api/accounts/operator-7/disable", ""), 200);
    }

    private HttpResponse<String> failedLoginVia(String forwardedFor) {
        HttpRequest.Builder request = HttpRequest.newBuilder(centre.uri("/api/session")).header("Content-Type", "application/json");
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return centre.send(request.POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"anna\", \"password\": \""
                + WRONG + "\"}")).build());
    }

    @Test
    void withoutATrustedProxyXForwardedForCannotBuyMoreAttempts() {
        start(Map.of("LARM_AUTH_LOGINS_PER_MINUTE_PER_ADDRESS", "2", "LARM_AUTH_LOGIN_SLOWDOWN_AFTER", "9",
                "LARM_AUTH_LOGIN_LOCK_AFTER", "9"));
        assertThat(failedLoginVia("198.51.100.1").statusCode()).isEqualTo(401);
        assertThat(failedLoginVia("198.51.100.2").statusCode()).isEqualTo(401);
        assertThat(failedLoginVia("198.51.100.3").statusCode()).as("counted against the connection's address").isEqualTo(429);
    }

    @Test
    void behindATrustedProxyEachClientHasItsOwnBudgetAndCannotForgeAnother() {
        start(Map.of("LARM_AUTH_LOGINS_PER_MINUTE_PER_ADDRESS", "2", "LARM_AUTH_LOGIN_SLOWDOWN_AFTER", "9",
                "LARM_AUTH_LOGIN_LOCK_AFTER", "9", "LARM_AUTH_TRUSTED_PROXIES", "['127.0.0.1', '::1']"));
        // the proxy appends the address it was called from; what a client put in front of that is not believed
        assertThat(failedLoginVia("198.51.100.7").statusCode()).isEqualTo(401);
        assertThat(failedLoginVia("10.9.9.9, 198.51.100.7").statusCode()).isEqualTo(401);
        assertThat(failedLoginVia("10.9.9.8, 198.51.100.7").statusCode()).as("same client, forged first hop").isEqualTo(429);
        // another client behind the same proxy is not held up by the first
        assertThat(failedLoginVia("198.51.100.8").statusCode()).isEqualTo(401);
        assertThat(failedLoginVia("198.51.100.8, 127.0.0.1").statusCode()).as("a trusted hop is skipped").isEqualTo(401);
        assertThat(failedLoginVia("198.51.100.8").statusCode()).isEqualTo(429);
    }
}
