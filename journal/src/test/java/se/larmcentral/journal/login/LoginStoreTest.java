package se.larmcentral.journal.login;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.larmcentral.journal.JournalDatabase;
import se.larmcentral.journal.JournalSettings;
import se.larmcentral.journal.TestDatabases;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The login stores on H2 and PostgreSQL. "Two nodes" are two pools on one database, as two processes of a centre
 * would have: what one writes, the other reads, and counting the same subject from both loses no count.
 */
class LoginStoreTest {

    private static final Instant T0 = Instant.parse("2026-12-07T19:00:00Z");

    @TempDir
    Path dir;

    private final List<JournalDatabase> open = new ArrayList<>();

    @AfterEach
    void close() {
        open.reversed().forEach(JournalDatabase::close);
    }

    private JournalDatabase node(JournalSettings settings) {
        JournalDatabase database = JournalDatabase.open(settings);
        open.add(database);
        return database;
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aSessionWrittenByOneNodeIsFoundTouchedAndEndedByTheOther(TestDatabases.Kind kind) {
        JournalSettings settings = TestDatabases.fresh(kind, dir);
        SessionStore first = new JdbcSessionStore(node(settings).dataSource());
        SessionStore second = new JdbcSessionStore(node(settings).dataSource());

        first.insert(new LoginSession("a".repeat(64), "csrf-1", "anna", null, T0, T0));
        first.insert(new LoginSession("b".repeat(64), "csrf-2", null, "{\"actor\":\"sso\"}", T0, T0));

        assertThat(second.find("a".repeat(64))).contains(new LoginSession("a".repeat(64), "csrf-1", "anna", null, T0, T0));
        assertThat(second.find("b".repeat(64)).orElseThrow().external()).isEqualTo("{\"actor\":\"sso\"}");
        assertThat(second.find("c".repeat(64))).isEmpty();

        second.touch("a".repeat(64), T0.plusSeconds(30));
        first.touch("a".repeat(64), T0.plusSeconds(10)); // an older use never moves it back
        assertThat(first.find("a".repeat(64)).orElseThrow().lastSeenAt()).isEqualTo(T0.plusSeconds(30));

        second.delete("b".repeat(64));
        assertThat(first.find("b".repeat(64))).isEmpty();
        assertThat(first.count()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anAccountsSessionsEndTogetherAndEndedOnesAreSwept(TestDatabases.Kind kind) {
        SessionStore store = new JdbcSessionStore(node(TestDatabases.fresh(kind, dir)).dataSource());
        store.insert(new LoginSession("1".repeat(64), "c", "anna", null, T0, T0));
        store.insert(new LoginSession("2".repeat(64), "c", "anna", null, T0, T0));
        store.insert(new LoginSession("3".repeat(64), "c", "bert", null, T0, T0.plusSeconds(3600)));
        store.insert(new LoginSession("4".repeat(64), "c", "cleo", null, T0.plusSeconds(7200), T0.plusSeconds(7200)));

        assertThat(store.deleteAllOf("anna")).isEqualTo(2);
        assertThat(store.find("1".repeat(64))).isEmpty();

        // bert idle since T0+1h; cleo started at T0+2h and is fresh
        assertThat(store.sweep(T0.plusSeconds(3601), T0)).isEqualTo(1);
        assertThat(store.find("3".repeat(64))).isEmpty();
        assertThat(store.find("4".repeat(64))).isPresent();
        assertThat(store.sweep(T0, T0.plusSeconds(7201))).isEqualTo(1);
        assertThat(store.count()).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void twoNodesCountingTheSameUsernameAtOnceLoseNoCount(TestDatabases.Kind kind) throws Exception {
        JournalSettings settings = TestDatabases.fresh(kind, dir);
        List<ThrottleStore> nodes = List.of(new JdbcThrottleStore(node(settings).dataSource()),
                new JdbcThrottleStore(node(settings).dataSource()));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                ThrottleStore store = nodes.get(t % 2);
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        store.update("username", "anna", c -> new ThrottleCount(c == null ? 1 : c.attempts() + 1, T0));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(nodes.get(1).find("username", "anna")).contains(new ThrottleCount(200, T0));
        assertThat(nodes.get(0).find("address", "anna")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void countersAreRemovedAndSweptByKind(TestDatabases.Kind kind) {
        ThrottleStore store = new JdbcThrottleStore(node(TestDatabases.fresh(kind, dir)).dataSource());
        store.update("username", "anna", c -> new ThrottleCount(3, T0));
        store.update("username", "bert", c -> new ThrottleCount(1, T0.plusSeconds(120)));
        store.update("address", "10.0.0.1", c -> new ThrottleCount(5, T0));

        assertThat(store.sweep("username", T0.plusSeconds(60))).isEqualTo(1);
        assertThat(store.find("username", "anna")).isEmpty();
        assertThat(store.find("address", "10.0.0.1")).isPresent();
        store.remove("username", "bert");
        assertThat(store.find("username", "bert")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aChangeThatFailsWritesNothing(TestDatabases.Kind kind) {
        ThrottleStore store = new JdbcThrottleStore(node(TestDatabases.fresh(kind, dir)).dataSource());
        store.update("username", "anna", c -> new ThrottleCount(1, T0));
        assertThatThrownBy(() -> store.update("username", "anna", c -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        assertThat(store.find("username", "anna")).contains(new ThrottleCount(1, T0));
        // and the pool's connection is usable afterwards
        assertThat(store.update("username", "anna", c -> new ThrottleCount(c.attempts() + 1, T0)).attempts()).isEqualTo(2);
    }
}
