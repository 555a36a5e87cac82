package se.larmcentral.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.centre.accounts.TokenSecret;
import se.larmcentral.journal.JdbcJournal;
import se.larmcentral.journal.JournalSettings;
import se.larmcentral.journal.TestDatabases;
import se.larmcentral.server.TestClock;
import se.larmcentral.server.TestServer;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.auth.AuthTesting.PASSWORD;
import static se.larmcentral.server.auth.AuthTesting.START;
import static se.larmcentral.server.auth.AuthTesting.login;

/**
 * Login sessions and the login throttle live in the journal's database: a centre started again on the same database
 * (a restart, or another node taking over) knows the sessions and the lock-outs of the one before, on H2 and on
 * PostgreSQL. The session id itself is never stored, only its SHA-256 hash.
 */
class SessionsSurviveRestartTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(START);
    private TestServer centre;

    @AfterEach
    void stop() {
        if (centre != null) {
            centre.close();
        }
    }

    private Map<String, String> database(TestDatabases.Kind kind) {
        Map<String, String> environment = new HashMap<>();
        if (kind == TestDatabases.Kind.POSTGRES) {
            JournalSettings pg = TestDatabases.fresh(kind, dir);
            environment.put("LARM_JOURNAL_URL", pg.jdbcUrl());
            environment.put("LARM_JOURNAL_USER", pg.user());
            environment.put("LARM_JOURNAL_PASSWORD", pg.password());
            environment.put("LARM_JOURNAL_SCHEMA", pg.schema());
        }
        return environment;
    }

    private HttpResponse<String> send(String method, String path, String cookie, String csrf) {
        HttpRequest.Builder request = HttpRequest.newBuilder(centre.uri(path)).header("Cookie", cookie);
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf).header("Origin", "http://127.0.0.1:" + centre.server.port());
        }
        return centre.send(request.method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRestartLogsNobodyOutAndLiftsNoLockOut(TestDatabases.Kind kind) throws SQLException {
        Map<String, String> environment = database(kind);
        centre = new TestServer(dir, environment, clock);
        centre.createAccount("anna", PASSWORD, EnumSet.of(Role.CALL_TAKER), Set.of(), null);
        centre.createAccount("bert", PASSWORD, EnumSet.of(Role.DISPATCHER), Set.of(), null);
        TestServer.Browser anna = centre.login("anna", PASSWORD);
        TestServer.Browser bert = centre.login("bert", PASSWORD);
        for (int i = 0; i < 10; i++) { // auth.loginLockAfter: 10 failures lock the name (unknown: the throttle alone knows)
            assertThat(login(centre, "someone", "wrong guess number").statusCode()).isEqualTo(401);
            clock.advance(Duration.ofSeconds(61)); // past each slowdown
        }
        assertThat(storedSessionHashes()).containsExactlyInAnyOrder(idHash(anna.cookie), idHash(bert.cookie))
                .doesNotContain(anna.cookie.substring(anna.cookie.indexOf('=') + 1));

        centre.close();
        clock.advance(Duration.ofSeconds(10));
        centre = new TestServer(dir, environment, clock);

        HttpResponse<String> who = send("GET", "/api/session", anna.cookie, null);
        assertThat(who.statusCode()).as(who.body()).isEqualTo(200);
        JsonNode session = AuthTesting.json(who);
        assertThat(session.get("username").asText()).isEqualTo("anna");
        assertThat(session.get("csrfToken").asText()).isEqualTo(anna.csrfToken);
        // the throttle still holds the lock: 15 minutes from the tenth failure
        HttpResponse<String> locked = login(centre, "someone", "wrong guess number");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("retry-after")).contains(Long.toString(15 * 60 - 61 - 10));

        // revocation still works on the sessions opened before: a disabled account's session ends
        assertThat(centre.post("/api/accounts/bert/disable", "{}").statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/session", bert.cookie, null).statusCode()).isEqualTo(401);
        // and a change needs the session's CSRF token as before
        assertThat(send("DELETE", "/api/session", anna.cookie, "not-the-token").statusCode()).isEqualTo(403);
        assertThat(send("DELETE", "/api/session", anna.cookie, anna.csrfToken).statusCode()).isEqualTo(204);
        assertThat(send("GET", "/api/session", anna.cookie, null).statusCode()).isEqualTo(401);
        assertThat(storedSessionHashes()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void sessionsEndByTheirTimeoutsAcrossARestartAndAreSwept(TestDatabases.Kind kind) throws SQLException {
        Map<String, String> environment = database(kind);
        centre = new TestServer(dir, environment, clock);
        centre.createAccount("anna", PASSWORD, EnumSet.of(Role.CALL_TAKER), Set.of(), null);
        TestServer.Browser anna = centre.login("anna", PASSWORD);
        centre.close();
        clock.advance(Duration.ofMinutes(59));
        centre = new TestServer(dir, environment, clock);
        assertThat(send("GET", "/api/session", anna.cookie, null).statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(60)); // auth.sessionIdleMinutes: 60 unused
        assertThat(send("GET", "/api/session", anna.cookie, null).statusCode()).isEqualTo(401);

        TestServer.Browser again = centre.login("anna", PASSWORD);
        String unused = centre.login("anna", PASSWORD).cookie;
        clock.advance(Duration.ofMinutes(61));
        centre.login("anna", PASSWORD); // a login sweeps the ended sessions (at most once a minute)
        assertThat(storedSessionHashes()).hasSize(1).doesNotContain(idHash(again.cookie), idHash(unused));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aUsernameLongerThanAnyAccountsIsCountedLikeAnyOther(TestDatabases.Kind kind) {
        centre = new TestServer(dir, database(kind), clock);
        String typedIntoTheWrongField = "a-password-typed-where-the-username-goes ".repeat(30);
        for (int i = 0; i < 3; i++) {
            assertThat(login(centre, typedIntoTheWrongField, "wrong guess number").statusCode()).isEqualTo(401);
        }
        assertThat(login(centre, typedIntoTheWrongField, "wrong guess number").statusCode()).isEqualTo(429);
    }

    private static String idHash(String cookie) {
        return TokenSecret.hash(cookie.substring(cookie.indexOf('=') + 1));
    }

    private List<String> storedSessionHashes() throws SQLException {
        JdbcJournal journal = (JdbcJournal) centre.server.centre().journal();
        try (Connection connection = journal.database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id_hash FROM login_session")) {
            List<String> hashes = new ArrayList<>();
            while (rows.next()) {
                hashes.add(rows.getString(1));
            }
            return hashes;
        }
    }
}
