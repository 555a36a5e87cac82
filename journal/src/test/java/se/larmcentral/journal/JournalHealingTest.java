package se.larmcentral.journal;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.larmcentral.core.Actor;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A journal that can be healed, on H2 and PostgreSQL: rows carry a checksum verified on replay; a row changed after it
 * was written stops the start naming its sequence number and the command to run; a quarantined row is kept, listed
 * with who, where, when and why, and skipped by the replay and by reads thereafter.
 */
class JournalHealingTest {

    private static final Actor OPERATOR = Actor.person("operator-1");
    private static final EventCodec CODEC = new EventCodec().register(TestEvent.class);
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : toClose.reversed()) {
            closeable.close();
        }
    }

    private JdbcJournal journal(TestDatabases.Kind kind) {
        JdbcJournal journal = new JdbcJournal(JournalDatabase.open(TestDatabases.fresh(kind, dir)));
        toClose.add(journal);
        return journal;
    }

    private CommandLoop<TestState> loop(Journal journal) {
        return new CommandLoop<>(journal, CODEC, TestState::new, Clock.systemUTC(), new SimpleMeterRegistry(), 16);
    }

    /** Four commands of one event each: rows 1 to 4. */
    private void writeFour(Journal journal) {
        try (CommandLoop<TestState> loop = loop(journal).start()) {
            for (String id : List.of("a", "b", "c", "d")) {
                loop.execute(OPERATOR, TestState.write(id, 1), WAIT);
            }
        }
    }

    private static void sql(JdbcJournal journal, String statement, Object... parameters) {
        try (Connection connection = journal.database().dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> ids(CommandLoop<TestState> loop) {
        return loop.<List<String>>read(s -> List.copyOf(s.commandIds));
    }

    private static List<InspectedRow> inspect(Journal journal) {
        List<InspectedRow> rows = new ArrayList<>();
        journal.inspect(0, rows::add);
        return rows;
    }

    private static Quarantine quarantine(long sequence, String reason) {
        return new Quarantine(sequence, reason, "ops-anna", "host-1", Instant.parse("2026-12-07T16:00:00Z"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void rowsCarryAChecksumAndAChangedRowStopsTheStartNamingItsSequenceAndTheCommand(TestDatabases.Kind kind) {
        JdbcJournal journal = journal(kind);
        writeFour(journal);
        assertThat(inspect(journal)).extracting(InspectedRow::checksum).containsOnly(InspectedRow.Check.VALID);

        sql(journal, "UPDATE journal_event SET payload = REPLACE(payload, '\"b\"', '\"B\"') WHERE seq = 2");

        assertThat(inspect(journal)).extracting(InspectedRow::checksum).containsExactly(InspectedRow.Check.VALID,
                InspectedRow.Check.MISMATCH, InspectedRow.Check.VALID, InspectedRow.Check.VALID);
        assertThatThrownBy(() -> loop(journal).start()).isInstanceOf(JournalCorruptException.class)
                .hasMessageContaining("sequence number 2").hasMessageContaining("checksum does not match")
                .hasMessageContaining("./larm journal quarantine 2 --reason")
                .satisfies(e -> assertThat(((JournalCorruptException) e).sequence()).isEqualTo(2));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aQuarantinedRowIsKeptListedAndSkippedByTheReplayAndByReads(TestDatabases.Kind kind) {
        JdbcJournal journal = journal(kind);
        writeFour(journal);
        sql(journal, "UPDATE journal_event SET payload = 'not json' WHERE seq = 2");
        assertThatThrownBy(() -> loop(journal).start()).isInstanceOf(JournalCorruptException.class);

        journal.quarantine(quarantine(2, "payload overwritten by a disk fault; see incident report 77"));

        try (CommandLoop<TestState> loop = loop(journal).start()) {
            assertThat(ids(loop)).containsExactly("a", "c", "d");
            assertThat(loop.lastSequence()).isEqualTo(4);
            loop.execute(OPERATOR, TestState.write("e", 1), WAIT);
            assertThat(loop.lastSequence()).isEqualTo(5);
        }
        assertThat(journal.readAfter(0, 100)).extracting(StoredEvent::sequence).containsExactly(1L, 3L, 4L, 5L);
        assertThat(journal.quarantined()).singleElement().satisfies(q -> {
            assertThat(q.sequence()).isEqualTo(2);
            assertThat(q.by()).isEqualTo("ops-anna");
            assertThat(q.host()).isEqualTo("host-1");
            assertThat(q.reason()).contains("incident report 77");
            assertThat(q.at()).isEqualTo(Instant.parse("2026-12-07T16:00:00Z"));
        });
        List<InspectedRow> all = inspect(journal);
        assertThat(all).extracting(r -> r.row().sequence()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(all.get(1).quarantine()).isNotNull();
        assertThat(all.get(1).row().payload()).isEqualTo("not json");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theLastRowQuarantinedKeepsItsNumber(TestDatabases.Kind kind) {
        JdbcJournal journal = journal(kind);
        writeFour(journal);
        journal.quarantine(quarantine(4, "test"));
        try (CommandLoop<TestState> loop = loop(journal).start()) {
            assertThat(loop.lastSequence()).isEqualTo(4);
            loop.execute(OPERATOR, TestState.write("e", 1), WAIT);
            assertThat(ids(loop)).containsExactly("a", "b", "c", "e");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aQuarantineIsRefusedForNoSuchRowTwiceOrWithoutAReason(TestDatabases.Kind kind) {
        JdbcJournal journal = journal(kind);
        writeFour(journal);
        assertThatThrownBy(() -> journal.quarantine(quarantine(9, "x"))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no row with sequence number 9");
        assertThatThrownBy(() -> journal.quarantine(quarantine(3, " "))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> journal.quarantine(quarantine(3, "a\u202Eb"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reason");
        journal.quarantine(quarantine(3, "once"));
        assertThatThrownBy(() -> journal.quarantine(quarantine(3, "twice"))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already quarantined");
        assertThat(journal.quarantined()).extracting(Quarantine::reason).containsExactly("once");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void rowsWrittenBeforeChecksumsGetThemFromTheNextWriter(TestDatabases.Kind kind) {
        JdbcJournal journal = journal(kind);
        writeFour(journal);
        sql(journal, "UPDATE journal_event SET checksum = NULL");
        assertThat(inspect(journal)).extracting(InspectedRow::checksum).containsOnly(InspectedRow.Check.MISSING);
        try (CommandLoop<TestState> loop = loop(journal).start()) {
            assertThat(ids(loop)).containsExactly("a", "b", "c", "d");
        }
        assertThat(inspect(journal)).extracting(InspectedRow::checksum).containsOnly(InspectedRow.Check.VALID);
    }

    @org.junit.jupiter.api.Test
    void theInMemoryJournalQuarantinesByTheSameRules() {
        InMemoryJournal journal = new InMemoryJournal();
        writeFour(journal);
        journal.quarantine(quarantine(2, "test"));
        assertThatThrownBy(() -> journal.quarantine(quarantine(2, "again"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> journal.quarantine(quarantine(5, "none"))).isInstanceOf(NotFoundException.class);
        try (CommandLoop<TestState> loop = loop(journal).start()) {
            assertThat(ids(loop)).containsExactly("a", "c", "d");
        }
        assertThat(journal.readAfter(0, 10)).extracting(StoredEvent::sequence).containsExactly(1L, 3L, 4L);
    }
}
