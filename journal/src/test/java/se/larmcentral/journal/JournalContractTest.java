package se.larmcentral.journal;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.larmcentral.core.Actor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules every {@link Journal} keeps, in memory, on H2 and on PostgreSQL alike. */
class JournalContractTest {

    enum Store { IN_MEMORY, H2, POSTGRES }

    private static final Actor OPERATOR = Actor.person("operator-1");
    private static final EventCodec CODEC = new EventCodec().register(TestEvent.class);

    @TempDir
    Path dir;

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : toClose.reversed()) {
            closeable.close();
        }
    }

    /**
     * Opens the same journal as often as asked: on PostgreSQL on a pool of its own each time (as a second process
     * would); on H2 on the one database (a second process cannot open its file; H2 shares it within a JVM).
     */
    private Supplier<Journal> store(Store store) {
        Supplier<Journal> opener = switch (store) {
            case IN_MEMORY -> {
                InMemoryJournal journal = new InMemoryJournal();
                yield () -> journal;
            }
            case H2 -> {
                JournalDatabase database = JournalDatabase.open(TestDatabases.fresh(TestDatabases.Kind.H2, dir));
                yield () -> new JdbcJournal(database);
            }
            case POSTGRES -> {
                JournalSettings settings = TestDatabases.fresh(TestDatabases.Kind.POSTGRES, dir);
                yield () -> new JdbcJournal(JournalDatabase.open(settings));
            }
        };
        return () -> {
            Journal journal = opener.get();
            toClose.add(journal);
            return journal;
        };
    }

    private static List<StoredEvent> rows(long first, int count) {
        List<StoredEvent> rows = new ArrayList<>();
        for (long sequence = first; sequence < first + count; sequence++) {
            rows.add(CODEC.encode(sequence, Instant.parse("2026-03-01T12:00:00.123456Z"), OPERATOR,
                    new TestEvent.Part("c" + sequence, 0, 1)));
        }
        return rows;
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void appendedRowsReadBackInOrderByPageAndByStream(Store store) {
        Journal journal = store(store).get();
        assertThat(journal.lastSequence()).isZero();
        journal.append(rows(1, 3));
        journal.append(rows(4, 2));
        assertThat(journal.lastSequence()).isEqualTo(5);
        assertThat(journal.readAfter(0, 100)).isEqualTo(rows(1, 5));
        assertThat(journal.readAfter(2, 2)).extracting(StoredEvent::sequence).containsExactly(3L, 4L);
        assertThat(journal.readAfter(5, 10)).isEmpty();
        List<StoredEvent> streamed = new ArrayList<>();
        assertThat(journal.forEachAfter(1, streamed::add)).isEqualTo(4);
        assertThat(streamed).isEqualTo(rows(2, 4));
        List<StoredEvent> pipelined = new ArrayList<>();
        assertThat(journal.forEachAfterPipelined(0, pipelined::add)).isEqualTo(5);
        assertThat(pipelined).isEqualTo(rows(1, 5));
        assertThat(journal.isReachable()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void anAppendThatDoesNotContinueTheJournalWritesNothing(Store store) {
        Journal journal = store(store).get();
        journal.append(rows(1, 2));
        assertThatThrownBy(() -> journal.append(rows(2, 2))).as("a sequence number already taken")
                .isInstanceOf(SequenceConflictException.class);
        assertThatThrownBy(() -> journal.append(rows(4, 1))).as("a gap")
                .isInstanceOf(SequenceConflictException.class);
        List<StoredEvent> notConsecutive = new ArrayList<>(rows(3, 1));
        notConsecutive.addAll(rows(5, 1));
        assertThatThrownBy(() -> journal.append(notConsecutive)).as("a gap inside the batch")
                .isInstanceOf(SequenceConflictException.class);
        assertThat(journal.lastSequence()).isEqualTo(2);
        journal.append(rows(3, 1));
        assertThat(journal.readAfter(0, 10)).extracting(StoredEvent::sequence).containsExactly(1L, 2L, 3L);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aSecondAppenderIsRefusedByTheSequenceCheck(Store store) {
        Supplier<Journal> opener = store(store);
        Journal first = opener.get();
        Journal second = opener.get();
        first.append(rows(1, 1));
        second.append(rows(2, 1)); // learns the end of the journal from the store
        assertThatThrownBy(() -> first.append(rows(2, 1))).isInstanceOf(SequenceConflictException.class);
        assertThat(second.readAfter(0, 10)).extracting(StoredEvent::sequence).containsExactly(1L, 2L);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aSecondCommandLoopOnTheSameJournalIsRefusedNamingTheHolderUntilTheFirstCloses(Store store) {
        Supplier<Journal> opener = store(store);
        Journal first = opener.get();
        Journal second = opener.get();
        CommandLoop<TestState> running = loop(first).start();
        toClose.add(running);
        running.execute(OPERATOR, TestState.write("a", 1), Duration.ofSeconds(10));
        long pid = ProcessHandle.current().pid();

        // a shared (PostgreSQL) journal's second loop becomes a standby instead (LeaseTest); its lock is refused alike
        assertThatThrownBy(() -> {
            if (store == Store.POSTGRES) {
                second.lockWriter();
            } else {
                loop(second).start();
            }
        })
                .isInstanceOf(JournalInUseException.class)
                .hasMessageStartingWith("the journal is held by the centre on host ")
                .hasMessageContaining("(process " + pid + ") since 20")
                .hasMessageEndingWith("; stop it or use its HTTP API")
                .satisfies(e -> assertThat(((JournalInUseException) e).holder().processId()).isEqualTo(pid));
        assertThat(commandIds(running)).containsExactly("a");

        running.close();
        CommandLoop<TestState> next = loop(second).start();
        toClose.add(next);
        assertThat(commandIds(next)).containsExactly("a");
        next.execute(OPERATOR, TestState.write("b", 1), Duration.ofSeconds(10));
        assertThat(next.journal().lastSequence()).isEqualTo(2);
    }

    private static CommandLoop<TestState> loop(Journal journal) {
        return new CommandLoop<>(journal, CODEC, TestState::new, Clock.systemUTC(), new SimpleMeterRegistry(), 512);
    }

    private static List<String> commandIds(CommandLoop<TestState> loop) {
        return loop.read(state -> List.copyOf(state.commandIds));
    }
}
