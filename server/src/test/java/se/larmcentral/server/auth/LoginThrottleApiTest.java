package se.larmcentral.server.auth;


import se.larmcentral.centre.accounts.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.TestClock;
import se.larmcentral.server.TestServer;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.auth.AuthTesting.PASSWORD;
import static se.larmcentral.server.auth.AuthTesting.START;
import static se.larmcentral.server.auth.AuthTesting.login;
import static se.larmcentral.server.auth.AuthTesting.ok;

/** Guessing passwords is slowed down, then locked out, per username and per address; on a test clock. */
class LoginThrottleApiTest {

    private static final String WRONG = "wrong guess number";

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(START);
    private TestServer centre;

    private void start(Map<String, String> settings) {
        centre = new TestServer(dir, settings, clock);
        centre.createAccount("anna", PASSWORD, EnumSet.of(Role.CALL_TAKER), Set.of(), null);
    }

    @AfterEach
    void stop() {
        if (centre != null) {
            centre.close();
        }
    }

    private static String answer(HttpResponse<String> response) {
        return response.statusCode() + response.headers().firstValue("retry-after").map(s -> " retry-after " + s).orElse("");
    }

    @Test
    void failuresInARowSlowDownTheNextTryEvenWithTheRightPassword() {
        start(Map.of());
        for (int i = 0; i < 3; i++) {
            assertThat(answer(login(centre, "anna", WRONG))).isEqualTo("401");
        }
        HttpResponse<String> slowed = login(centre, "anna", PASSWORD);
        assertThat(answer(slowed)).isEqualTo("429 retry-after 1");
        AuthTesting.assertProblem(slowed, 429, null);
        clock.advance(Duration.ofSeconds(1));
        assertThat(answer(login(centre, "anna", WRONG))).isEqualTo("401");
        assertThat(answer(login(centre, "anna", WRONG))).isEqualTo("429 retry-after 2");
        clock.advance(Duration.ofSeconds(2));
        ok(login(centre, "anna", PASSWORD), 200);
        // a success starts the count again
        assertThat(answer(login(centre, "anna", WRONG))).isEqualTo("401");
        assertThat(answer(login(centre, "anna", WRONG))).isEqualTo("401");
    }

    @Test
    void tenFailuresLockTheAccountUntilItRunsOutOrAnAdministratorUnlocksIt() {
        start(Map.of());
        List<String> answers = guessTenTimes("anna");
        assertThat(answers).containsOnly("401");
        assertThat(answer(login(centre, "anna", PASSWORD))).isEqualTo("429 retry-after 900");
        java.time.Instant lockedUntil = centre.server.centre().loop().read(s -> s.accounts().find("anna").orElseThrow().lockedUntil());
        assertThat(lockedUntil).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        clock.advance(Duration.ofMinutes(5));
        assertThat(answer(login(centre, "anna", PASSWORD))).isEqualTo("429 retry-after 600");

        ok(centre.post("/api/accounts/anna/unlock", ""), 200);
        ok(login(centre, "anna", PASSWORD), 200);

        guessTenTimes("anna");
        clock.advance(Duration.ofMinutes(15));
        ok(login(centre, "anna", PASSWORD), 200);
    }

    @Test
    void anUnknownUsernameIsSlowedAndLockedExactlyLikeAnAccount() {
        start(Map.of());
        List<String> known = guessTenTimes("anna");
        known.add(answer(login(centre, "anna", WRONG)));
        List<String> unknown = guessTenTimes("nobody-at-all");
        unknown.add(answer(login(centre, "nobody-at-all", WRONG)));
        assertThat(unknown).isEqualTo(known);
    }

    @Test
    void aLockOfAnAccountOutlivesARestart() {
        start(Map.of());
        guessTenTimes("anna");
        centre.close();
        centre = new TestServer(dir, Map.of(), clock);
        assertThat(answer(login(centre, "anna", PASSWORD))).startsWith("429 retry-after");
    }

    @Test
    void oneAddressMayTryOnlySoOftenAMinute() {
        start(Map.of("LARM_AUTH_LOGINS_PER_MINUTE_PER_ADDRESS", "5"));
        for (int i = 0; i < 5; i++) {
            assertThat(answer(login(centre, "user-" + i, WRONG))).isEqualTo("401");
        }
        assertThat(answer(login(centre, "anna", PASSWORD))).isEqualTo("429 retry-after 60");
        clock.advance(Duration.ofSeconds(60));
        ok(login(centre, "anna", PASSWORD), 200);
    }

    /** Ten wrong passwords, each after waiting out the slowdown; the answers. */
    private List<String> guessTenTimes(String username) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(answer(login(centre, username, WRONG)));
            if (i < 9) {
                clock.advance(Duration.ofSeconds(61));
            }
        }
        return answers;
    }
}
