package se.larmcentral.journal;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.core.Actor;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The writer lease of a PostgreSQL journal shared by several nodes: one holder, a fencing epoch raised by each
 * takeover, appends of a node that lost the lease refused, standbys that follow and take over.
 */
class LeaseTest {

    private static final Actor OPERATOR = Actor.person("operator-1");
    private static final EventCodec CODEC = new EventCodec().register(TestEvent.class);

    @TempDir
    Path dir;

    private final List<AutoCloseable> toClose = new ArrayList<>();
    private JournalSettings settings;

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : toClose.reversed()) {
            closeable.close();
        }
    }

    private JdbcJournal node(String nodeId) {
        if (settings == null) {
            settings = TestDatabases.fresh(TestDatabases.Kind.POSTGRES, dir);
        }
        JdbcJournal journal = new JdbcJournal(JournalDatabase.open(settings), ClusterSettings.defaults()
                .withNode(nodeId, "http://" + nodeId + ":8112").withTimes(Duration.ofMillis(1500), Duration.ofMillis(200)));
        toClose.add(journal);
        return journal;
    }

    private static List<StoredEvent> rows(long first, int count, String commandId) {
        List<StoredEvent> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(CODEC.encode(first + i, Instant.parse("2026-12-07T18:00:00Z"), OPERATOR,
                    new TestEvent.Part(commandId, i, count)));
        }
        return rows;
    }

    @Test
    void oneHolderAtATimeAndATakeoverRaisesTheEpochAndFencesTheOldHolder() throws Exception {
        JdbcJournal a = node("node-a");
        JdbcJournal b = node("node-b");
        PostgresLease leaseA = (PostgresLease) a.lockWriter();
        toClose.add(leaseA);
        assertThat(a.lease()).get().satisfies(lease -> {
            assertThat(lease.nodeId()).isEqualTo("node-a");
            assertThat(lease.advertiseUrl()).isEqualTo("http://node-a:8112");
            assertThat(lease.live()).isTrue();
        });
        long first = leaseA.epoch();
        assertThatThrownBy(b::lockWriter).isInstanceOf(JournalInUseException.class)
                .hasMessageContaining("as node node-a epoch " + first);
        assertThatThrownBy(() -> b.append(rows(1, 1, "unfenced"))).as("an append without the lease while it is live")
                .isInstanceOf(JournalInUseException.class);
        a.append(rows(1, 2, "a1"));

        // node a is paused past its lease (it stops renewing); node b takes over
        leaseA.stopRenewingForTest();
        PostgresLease leaseB = awaitTakeover(b);
        toClose.add(leaseB);
        assertThat(leaseB.epoch()).isEqualTo(first + 1);

        // a wakes up: its append is refused, nothing written; b appends under its epoch
        assertThatThrownBy(() -> a.append(rows(3, 1, "a2"))).isInstanceOf(LeaseLostException.class)
                .hasMessageContaining("node node-b took it over with epoch " + (first + 1))
                .hasMessageEndingWith("nothing was written");
        assertThat(a.lastSequence()).isEqualTo(2);
        b.append(rows(3, 1, "b1"));
        assertThatThrownBy(() -> a.append(rows(4, 1, "a3"))).isInstanceOf(LeaseLostException.class);

        assertThat(epochsBySequence()).containsExactly(Map.entry(1L, first), Map.entry(2L, first), Map.entry(3L, first + 1));
        assertThat(epochHolders()).containsExactly(Map.entry(first, "node-a"), Map.entry(first + 1, "node-b"));
    }

    @Test
    void aReleasedLeaseIsTakenAtOnceAndEveryTakeoverHasItsOwnEpoch() throws Exception {
        JdbcJournal a = node("node-a");
        JdbcJournal b = node("node-b");
        long previous = 0;
        for (int round = 0; round < 4; round++) {
            JdbcJournal taker = round % 2 == 0 ? a : b;
            WriterLock lock = taker.lockWriter();
            assertThat(lock.epoch()).isGreaterThan(previous);
            taker.append(rows(round + 1, 1, "r" + round));
            previous = lock.epoch();
            lock.close();
        }
        Map<Long, String> holders = epochHolders();
        assertThat(holders).hasSize(4);
        assertThat(holders.values()).containsExactly("node-a", "node-b", "node-a", "node-b");
        assertThat(List.copyOf(epochsBySequence().values())).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void aStandbyFollowsRefusesCommandsAndTakesOverWithTheKeysOfWhatWasRecorded() {
        CommandLoop<TestState> active = loop(node("node-a")).start();
        toClose.add(active);
        CommandLoop<TestState> standby = loop(node("node-b")).start();
        toClose.add(standby);
        assertThat(active.isActive()).isTrue();
        assertThat(standby.isActive()).isFalse();

        active.execute(OPERATOR, TestState.write("c1", 2), "key-1", Duration.ofSeconds(10));
        awaitTrue(() -> standby.read(state -> state.commandIds.contains("c1")), "the standby follows");
        assertThatThrownBy(() -> standby.execute(OPERATOR, TestState.write("c2", 1), "key-2", Duration.ofSeconds(10)))
                .isInstanceOf(NotActiveException.class)
                .hasMessageContaining("node node-b is a standby")
                .satisfies(e -> assertThat(((NotActiveException) e).active().advertiseUrl()).isEqualTo("http://node-a:8112"));
        assertThatThrownBy(() -> active.execute(OPERATOR, TestState.write("c1-again", 1), "key-1", Duration.ofSeconds(10)))
                .isInstanceOf(AlreadyRecordedException.class);

        long before = System.nanoTime();
        active.close(); // releases the lease: the standby takes it at once
        awaitTrue(standby::isActive, "the standby takes over");
        System.out.printf("takeover after a clean stop: %d ms%n", (System.nanoTime() - before) / 1_000_000);
        assertThatThrownBy(() -> standby.execute(OPERATOR, TestState.write("c1-again", 1), "key-1", Duration.ofSeconds(10)))
                .as("a retry after the takeover is not recorded twice")
                .isInstanceOf(AlreadyRecordedException.class)
                .satisfies(e -> assertThat(((AlreadyRecordedException) e).recorded()).isEqualTo(new CommandKey("key-1", 1, 2)));
        standby.execute(OPERATOR, TestState.write("c2", 1), "key-2", Duration.ofSeconds(10));
        assertThat(standby.<List<String>>read(state -> List.copyOf(state.commandIds))).containsExactly("c1", "c2");
        assertThat(standby.epoch()).isEqualTo(active.journal().lease().orElseThrow().epoch());
    }

    @Test
    void anActiveLoopThatWasPausedPastItsLeaseIsFencedAndFollows() throws Exception {
        JdbcJournal a = node("node-a");
        CommandLoop<TestState> paused = loop(a).start();
        toClose.add(paused);
        paused.execute(OPERATOR, TestState.write("before", 1), Duration.ofSeconds(10));
        CommandLoop<TestState> standby = loop(node("node-b")).start();
        toClose.add(standby);

        stopRenewing(paused);
        awaitTrue(standby::isActive, "the standby takes over once the lease expires");
        standby.execute(OPERATOR, TestState.write("after", 1), Duration.ofSeconds(10));

        // the paused node wakes and submits: refused, and it becomes a standby that sees the new writer's events
        awaitTrue(() -> {
            try {
                paused.execute(OPERATOR, TestState.write("stale", 1), Duration.ofSeconds(10));
                return false;
            } catch (NotActiveException | se.larmcentral.core.UnavailableException e) {
                return !paused.isActive();
            }
        }, "the paused node learns it lost the lease");
        awaitTrue(() -> paused.read(state -> state.commandIds.contains("after")), "the old writer follows the new one");
        assertThat(standby.<List<String>>read(state -> List.copyOf(state.commandIds))).containsExactly("before", "after");
        assertThat(List.copyOf(epochsBySequence().values())).doesNotContainNull().isSorted();
    }

    @Test
    void anActiveNodeCutOffFromTheDatabaseIsReplacedAndFollowsOnceItIsBack() throws Exception {
        JdbcJournal b = node("node-b"); // creates the schema
        try (TcpProxy proxy = new TcpProxy(TestDatabases.PG_HOST, Integer.parseInt(TestDatabases.PG_PORT))) {
            JournalSettings viaProxy = new JournalSettings("jdbc:postgresql://127.0.0.1:" + proxy.port() + "/"
                    + TestDatabases.PG_DB, settings.user(), settings.password(), settings.schema(), 512, Duration.ofSeconds(1));
            JdbcJournal a = new JdbcJournal(JournalDatabase.open(viaProxy), ClusterSettings.defaults()
                    .withNode("node-a", null).withTimes(Duration.ofMillis(1500), Duration.ofMillis(200)));
            toClose.add(a);
            CommandLoop<TestState> cut = loop(a).start();
            toClose.add(cut);
            CommandLoop<TestState> standby = loop(b).start();
            toClose.add(standby);
            cut.execute(OPERATOR, TestState.write("before", 1), Duration.ofSeconds(10));
            assertThat(cut.isActive()).isTrue();

            proxy.cut();
            long before = System.nanoTime();
            awaitTrue(standby::isActive, "the standby takes over from a writer that lost its database");
            System.out.printf("takeover after the database was cut off: %d ms%n", (System.nanoTime() - before) / 1_000_000);
            standby.execute(OPERATOR, TestState.write("during", 1), Duration.ofSeconds(10));

            proxy.restore();
            awaitTrue(() -> !cut.isActive(), "the cut-off node learns it lost the lease");
            awaitTrue(() -> cut.read(state -> state.commandIds.contains("during")), "and follows the new writer");
            // Refused, naming the active node once the follower has read its live lease (on a loaded machine it may
            // first glimpse the lease between two renewals and say only that a takeover is under way).
            awaitTrue(() -> {
                try {
                    cut.execute(OPERATOR, TestState.write("stale", 1), Duration.ofSeconds(10));
                    return false;
                } catch (NotActiveException e) {
                    return e.getMessage().contains("node node-b");
                }
            }, "the cut-off node refuses commands naming the active node");
            assertThat(standby.<List<String>>read(state -> List.copyOf(state.commandIds))).containsExactly("before", "during");
        }
    }

    private static void stopRenewing(CommandLoop<TestState> loop) throws Exception {
        var field = CommandLoop.class.getDeclaredField("writerLock");
        field.setAccessible(true);
        ((PostgresLease) field.get(loop)).stopRenewingForTest();
    }

    private static CommandLoop<TestState> loop(Journal journal) {
        return new CommandLoop<>(journal, CODEC, TestState::new, Clock.systemUTC(), new SimpleMeterRegistry(), 512);
    }

    private static PostgresLease awaitTakeover(JdbcJournal journal) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                return (PostgresLease) journal.lockWriter();
            } catch (JournalInUseException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    private Map<Long, Long> epochsBySequence() throws Exception {
        return query("SELECT seq, epoch FROM journal_event ORDER BY seq");
    }

    private Map<Long, String> epochHolders() throws Exception {
        Map<Long, String> holders = new LinkedHashMap<>();
        try (Connection connection = connection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT epoch, node_id FROM journal_epoch ORDER BY epoch")) {
            while (rs.next()) {
                holders.put(rs.getLong(1), rs.getString(2));
            }
        }
        return holders;
    }

    private Map<Long, Long> query(String sql) throws Exception {
        Map<Long, Long> result = new LinkedHashMap<>();
        try (Connection connection = connection(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                result.put(rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2));
            }
        }
        return result;
    }

    private Connection connection() throws Exception {
        Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        connection.setSchema(settings.schema());
        return connection;
    }
}
