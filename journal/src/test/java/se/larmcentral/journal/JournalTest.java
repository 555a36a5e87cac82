package se.larmcentral.journal;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.larmcentral.core.Actor;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Recorded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalTest {

    private static final Actor OPERATOR = Actor.person("operator-1");
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private static CommandLoop<TestState> loop(JournalDatabase db, SimpleMeterRegistry meters) {
        return new CommandLoop<>(new JdbcJournal(db), new EventCodec().register(TestEvent.class), TestState::new,
                Clock.systemUTC(), meters, db.settings().maxBatch()).start();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void acknowledgedEventsAreStoredInOrderWithActorAndSurviveARestart(TestDatabases.Kind kind) {
        JournalSettings settings = TestDatabases.fresh(kind, dir);
        try (JournalDatabase db = JournalDatabase.open(settings); var loop = loop(db, new SimpleMeterRegistry())) {
            assertThat(loop.execute(OPERATOR, TestState.write("a", 2), WAIT)).isEqualTo(2L);
            assertThat(loop.execute(OPERATOR, TestState.write("b", 3), WAIT)).isEqualTo(5L);
            List<StoredEvent> rows = loop.journal().readAfter(0, 100);
            assertThat(rows).extracting(StoredEvent::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(rows).allSatisfy(row -> {
                assertThat(row.type()).isEqualTo("journal.Part");
                assertThat(row.actorId()).isEqualTo("operator-1");
                assertThat(row.version()).isEqualTo(1);
            });
            assertThat(rows.get(2).payload()).contains("\"commandId\":\"b\"").contains("\"index\":0");
            assertThat(loop.journal().readAfter(3, 1)).extracting(StoredEvent::sequence).containsExactly(4L);
        }
        try (JournalDatabase db = JournalDatabase.open(settings); var loop = loop(db, new SimpleMeterRegistry())) {
            assertThat(loop.lastSequence()).isEqualTo(5);
            List<String> commandIds = loop.read(state -> List.copyOf(state.commandIds));
            Actor lastActor = loop.read(state -> state.events.get(4).actor());
            assertThat(commandIds).containsExactly("a", "b");
            assertThat(lastActor).isEqualTo(OPERATOR);
            // the next sequence number continues where the journal ended
            loop.execute(OPERATOR, TestState.write("c", 1), WAIT);
            assertThat(loop.journal().lastSequence()).isEqualTo(6);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRefusedCommandRecordsNothingAndDoesNotDisturbTheOthersInItsBatch(TestDatabases.Kind kind) {
        try (JournalDatabase db = JournalDatabase.open(TestDatabases.fresh(kind, dir));
             var loop = loop(db, new SimpleMeterRegistry())) {
            loop.execute(OPERATOR, TestState.write("x", 1), WAIT);
            List<CompletableFuture<Long>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                answers.add(loop.submit(OPERATOR, TestState.write(i % 2 == 0 ? "x" : "y" + i, 1)));
            }
            int refused = 0;
            for (CompletableFuture<Long> answer : answers) {
                if (answer.handle((ok, error) -> error).join() instanceof ConflictException) {
                    refused++;
                }
            }
            assertThat(refused).isEqualTo(25);
            assertThat(loop.journal().lastSequence()).isEqualTo(26);
            assertThatThrownBy(() -> loop.execute(OPERATOR, TestState.write("x", 1), WAIT))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("already recorded");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void concurrentSubmittersShareCommits(TestDatabases.Kind kind) throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        List<List<Committed>> commits = new CopyOnWriteArrayList<>();
        try (JournalDatabase db = JournalDatabase.open(TestDatabases.fresh(kind, dir)); var loop = loop(db, meters)) {
            loop.subscribe(commits::add);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 32; t++) {
                int thread = t;
                threads.add(Thread.ofVirtual().start(() -> {
                    for (int i = 0; i < 50; i++) {
                        loop.execute(OPERATOR, TestState.write(thread + "-" + i, 1), WAIT);
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            assertThat(loop.journal().lastSequence()).isEqualTo(1600);
            double batches = meters.get("larm.journal.batch.commands").summary().count();
            assertThat(batches).as("commits for 1600 commands").isLessThan(1600);
            assertThat(meters.get("larm.journal.batch.commands").summary().max()).isGreaterThan(1);
            // listeners see every event once, in order (a submitter is answered before the listeners are called:
            // the last commit's listener may still be running)
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            while (commits.stream().mapToInt(List::size).sum() < 1600 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            List<Long> seen = commits.stream().flatMap(List::stream).map(c -> c.recorded().sequence()).toList();
            assertThat(seen).hasSize(1600).isSorted().doesNotHaveDuplicates();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anUnreadableRowStopsStartUpNamingItsSequenceNumber(TestDatabases.Kind kind) throws Exception {
        JournalSettings settings = TestDatabases.fresh(kind, dir);
        try (JournalDatabase db = JournalDatabase.open(settings); var loop = loop(db, new SimpleMeterRegistry())) {
            loop.execute(OPERATOR, TestState.write("a", 2), WAIT);
            insertRaw(db, 3, "journal.NoSuchEvent", "{}");
        }
        try (JournalDatabase db = JournalDatabase.open(settings)) {
            assertThatThrownBy(() -> loop(db, new SimpleMeterRegistry()))
                    .isInstanceOf(JournalCorruptException.class)
                    .hasMessageContaining("sequence number 3")
                    .hasMessageContaining("unknown event type 'journal.NoSuchEvent'");
            try (Connection c = db.dataSource().getConnection()) {
                c.createStatement().executeUpdate("DELETE FROM journal_event WHERE seq = 3");
            }
            insertRaw(db, 3, "journal.Part", "{\"commandId\": \"b\", \"index\": ");
            assertThatThrownBy(() -> loop(db, new SimpleMeterRegistry()))
                    .isInstanceOf(JournalCorruptException.class)
                    .hasMessageContaining("sequence number 3")
                    .hasMessageContaining("payload of 'journal.Part' is not valid");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void replayRebuildsExactlyTheStateThatWasRecorded(TestDatabases.Kind kind) {
        JournalSettings settings = TestDatabases.fresh(kind, dir);
        List<Recorded> before;
        try (JournalDatabase db = JournalDatabase.open(settings); var loop = loop(db, new SimpleMeterRegistry())) {
            for (int i = 0; i < 200; i++) {
                loop.submit(Actor.person("op-" + (i % 7)), TestState.write("c" + i, 1 + i % 4));
            }
            loop.execute(OPERATOR, TestState.write("last", 1), WAIT);
            before = loop.read(state -> List.copyOf(state.events));
        }
        try (JournalDatabase db = JournalDatabase.open(settings); var loop = loop(db, new SimpleMeterRegistry())) {
            List<Recorded> after = loop.read(state -> List.copyOf(state.events));
            assertThat(after).isEqualTo(before);
        }
    }

    private static void insertRaw(JournalDatabase db, long seq, String type, String payload) throws Exception {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO journal_event (seq, type, version, occurred_at, actor_id, actor_kind, payload)"
                             + " VALUES (?, ?, 1, ?, 'x', 'PERSON', ?)")) {
            insert.setLong(1, seq);
            insert.setString(2, type);
            insert.setObject(3, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
            insert.setString(4, payload);
            insert.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }
}
