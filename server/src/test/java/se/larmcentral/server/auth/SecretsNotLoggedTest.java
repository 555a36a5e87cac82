package se.larmcentral.server.auth;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import se.larmcentral.server.TestServer;
import se.larmcentral.centre.accounts.TokenSecret;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.auth.AuthTesting.login;
import static se.larmcentral.server.auth.AuthTesting.ok;

/** What the server logs around logins, tokens and new accounts never holds a password, a token or a hash of one. */
class SecretsNotLoggedTest {

    @TempDir
    Path dir;

    @Test
    void noPasswordOrTokenReachesTheLog() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        // Tests log warnings only; here everything from INFO up is read.
        ch.qos.logback.classic.Level level = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.INFO);
        String password = "Secret-Passphrase-4711";
        String wrong = "Wrong-Passphrase-0815";
        String typedAsName = "my-password-in-the-name-field";
        String token;
        try (TestServer centre = new TestServer(dir)) {
            ok(centre.post("/api/accounts", "{\"username\": \"anna\", \"roles\": [\"NURSE\"], \"password\": \"" + password + "\"}"), 201);
            ok(centre.post("/api/accounts", "{\"username\": \"short\", \"roles\": [\"NURSE\"], \"password\": \"Tiny-4711\"}"), 400);
            ok(login(centre, "anna", wrong), 401);
            ok(login(centre, typedAsName, password), 401);
            ok(login(centre, "anna", password), 200);
            token = ok(centre.post("/api/accounts/anna/tokens", "{\"name\": \"tablet\"}"), 201).get("token").asText();
            ok(centre.get("/api/session", token), 200);
            ok(centre.get("/api/session", token + "x"), 401);
            ok(centre.request("PUT", "/api/accounts/anna/password", "{\"password\": \"" + password + "-2\"}", centre.token), 200);
        } finally {
            root.detachAppender(captured);
            root.setLevel(level);
        }
        List<String> lines = captured.list.stream().map(e -> e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()))).toList();
        assertThat(lines).as("the log says what happened").anyMatch(l -> l.contains("login of account anna"))
                .anyMatch(l -> l.contains("failed login")).anyMatch(l -> l.contains("account anna created"))
                .anyMatch(l -> l.contains("issued to account anna"));
        String all = String.join("\n", lines);
        assertThat(all).doesNotContain(password, wrong, typedAsName, "Tiny-4711", token, TokenSecret.hash(token), "$argon2");
    }
}
