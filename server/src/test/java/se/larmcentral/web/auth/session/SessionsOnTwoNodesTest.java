package se.larmcentral.web.auth.session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.centre.accounts.Principal;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.config.Settings;
import se.larmcentral.core.Actor;
import se.larmcentral.journal.JournalDatabase;
import se.larmcentral.journal.JournalSettings;
import se.larmcentral.journal.TestDatabases;
import se.larmcentral.journal.login.JdbcSessionStore;
import se.larmcentral.journal.login.JdbcThrottleStore;
import se.larmcentral.server.TestClock;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of a centre on one PostgreSQL, each with its own pool, {@link Sessions} and {@link LoginThrottle}: a session
 * opened on one is known, used, timed out and ended on the other, and a lock-out counted on one holds on the other.
 */
class SessionsOnTwoNodesTest {

    private static final Settings.Auth AUTH = new Settings.Auth(60, 13, false, 3, 10, 15, 30, List.of(),
            null);

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2026-12-07T19:00:00Z"));
    private final List<JournalDatabase> pools = new ArrayList<>();

    @AfterEach
    void close() {
        pools.reversed().forEach(JournalDatabase::close);
    }

    private JournalDatabase pool(JournalSettings settings) {
        JournalDatabase pool = JournalDatabase.open(settings);
        pools.add(pool);
        return pool;
    }

    private void advance(Duration duration) {
        clock.advance(duration);
    }

    @Test
    void aSessionOpenedOnOneNodeIsUsedTimedOutAndEndedOnTheOther() {
        JournalSettings database = TestDatabases.fresh(TestDatabases.Kind.POSTGRES, dir);
        Sessions first = new Sessions(new JdbcSessionStore(pool(database).dataSource()), clock, AUTH);
        Sessions second = new Sessions(new JdbcSessionStore(pool(database).dataSource()), clock, AUTH);

        Sessions.Opened anna = first.open(null, "anna", null);
        Sessions.Session seen = second.find(anna.id()).orElseThrow();
        assertThat(seen.username()).isEqualTo("anna");
        assertThat(seen.csrfToken()).isEqualTo(anna.csrfToken());

        // used on the second node every 50 minutes: the idle timeout (60) counts from the last use on either node
        advance(Duration.ofMinutes(50));
        assertThat(second.find(anna.id())).isPresent();
        advance(Duration.ofMinutes(50));
        assertThat(first.find(anna.id())).isPresent();
        advance(Duration.ofMinutes(60));
        assertThat(second.find(anna.id())).isEmpty();
        assertThat(first.find(anna.id())).isEmpty();

        Principal sso = new Principal(Actor.person("sso:bert"), EnumSet.of(Role.MUNICIPALITY_ADMIN), Set.of("0182"), null);
        Sessions.Opened bert = second.open(null, null, sso);
        assertThat(first.find(bert.id()).orElseThrow().external()).isEqualTo(sso);
        Sessions.Opened cleo = first.open(null, "cleo", null);
        Sessions.Opened cleoAgain = second.open(null, "cleo", null);
        first.end(bert.id());
        second.endAllOf("cleo"); // disabled, or her password set
        assertThat(second.find(bert.id())).isEmpty();
        assertThat(first.find(cleo.id())).isEmpty();
        assertThat(first.find(cleoAgain.id())).isEmpty();

        // a login that replaces the browser's session ends the old one on every node
        Sessions.Opened dave = first.open(null, "dave", null);
        Sessions.Opened daveAgain = second.open(dave.id(), "dave", null);
        assertThat(first.find(dave.id())).isEmpty();
        assertThat(first.find(daveAgain.id())).isPresent();
    }

    @Test
    void aLockOutCountedOnOneNodeHoldsOnTheOther() {
        JournalSettings database = TestDatabases.fresh(TestDatabases.Kind.POSTGRES, dir);
        LoginThrottle first = new LoginThrottle(new JdbcThrottleStore(pool(database).dataSource()), clock, AUTH);
        LoginThrottle second = new LoginThrottle(new JdbcThrottleStore(pool(database).dataSource()), clock, AUTH);

        for (int i = 0; i < 10; i++) {
            LoginThrottle node = i % 2 == 0 ? first : second;
            assertThat(node.admit("anna", "10.0.0." + i)).isEmpty();
            Instant lockedUntil = node.failed("anna").orElse(null);
            assertThat(lockedUntil).isEqualTo(i == 9 ? clock.instant().plus(Duration.ofMinutes(15)) : null);
            advance(Duration.ofSeconds(61));
        }
        assertThat(first.admit("anna", "10.0.1.1")).contains(Duration.ofMinutes(15).minusSeconds(61));
        assertThat(second.admit("anna", "10.0.1.2")).contains(Duration.ofMinutes(15).minusSeconds(61));
        second.unlock("anna");
        assertThat(first.admit("anna", "10.0.1.3")).isEmpty();

        // the per-address limit counts the attempts made on both nodes
        for (int i = 0; i < 30; i++) {
            assertThat((i % 2 == 0 ? first : second).admit("user" + i, "10.9.9.9")).isEmpty();
        }
        assertThat(first.admit("user-31", "10.9.9.9")).isPresent();
    }
}
