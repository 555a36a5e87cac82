package se.larmcentral.server.journal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.shiftlog.ShiftLog;
import se.larmcentral.cli.Main;
import se.larmcentral.cli.OfflineCentre;
import se.larmcentral.config.Settings;
import se.larmcentral.core.Actor;
import se.larmcentral.journal.JdbcJournal;
import se.larmcentral.journal.JournalCorruptException;
import se.larmcentral.journal.JournalDatabase;
import se.larmcentral.journal.StoredEvent;
import se.larmcentral.server.LarmServer;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code larm journal verify | show | quarantine} on a stored centre whose journal holds a row this version cannot
 * decode and a row changed after it was written: the centre refuses to start naming the row and the command, verify
 * lists both, quarantine sets them aside with who and why and writes it into the shift log, and the centre starts.
 */
class JournalCliTest {

    @TempDir
    Path dir;

    private Path settingsFile;
    private Settings settings;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void settings() throws IOException {
        settingsFile = Files.writeString(dir.resolve("larmcentral.yaml"), "dataDir: " + dir.resolve("data") + "\n");
        settings = OfflineCentre.settings(settingsFile);
    }

    private Run larm(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--config";
        all[args.length + 1] = settingsFile.toString();
        return new Run(cli.execute(all), out.toString(), err.toString());
    }

    private long note(Centre centre, String text) {
        centre.execute(Actor.person("ops"), ShiftLog.write(text).on(CentreState::shiftLog));
        return centre.loop().lastSequence();
    }

    private List<String> shiftLog() {
        try (Centre centre = OfflineCentre.open(settings)) {
            return centre.read(s -> s.shiftLog().latest(100).stream().map(ShiftLog.Entry::text).toList());
        }
    }

    /** Rows 1-3 written by the centre; row 2 then changed by hand; row 4 of a type this version does not know. */
    private void damagedJournal() {
        try (Centre centre = OfflineCentre.open(settings)) {
            note(centre, "first");
            note(centre, "second");
            note(centre, "third");
        }
        try (JdbcJournal journal = new JdbcJournal(JournalDatabase.open(LarmServer.journalSettings(settings)));
             Connection connection = journal.database().dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE journal_event SET payload = REPLACE(payload, 'second', 'altered') WHERE seq = 2")) {
            assertThat(update.executeUpdate()).isEqualTo(1);
            journal.append(List.of(new StoredEvent(4, "calls.CallTeleported", 1, Instant.parse("2026-12-01T10:00:00Z"),
                    "older-version", "PERSON", "{\"callId\":\"C-1\"}")));
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDamagedJournalIsFoundShownQuarantinedWithWhoAndWhyAndTheCentreStartsAgain() {
        damagedJournal();
        assertThatThrownBy(() -> OfflineCentre.open(settings)).isInstanceOf(JournalCorruptException.class)
                .hasMessageContaining("sequence number 2").hasMessageContaining("./larm journal quarantine 2");

        Run verify = larm("journal", "verify");
        assertThat(verify.exit()).as(verify.err()).isEqualTo(1);
        assertThat(verify.out()).contains("rows: 4, quarantined: 0, problems: 2", "problem 2 (server.EntryWritten): its checksum does not match",
                "problem 4 (calls.CallTeleported): ", "unknown event type", "larm journal quarantine SEQ");

        Run show = larm("journal", "show", "2");
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.out()).contains("\"checksum\" : \"MISMATCH\"", "altered", "server.EntryWritten");

        Run first = larm("journal", "quarantine", "2", "--reason", "changed by hand on the database server");
        assertThat(first.exit()).as(first.err()).isEqualTo(1);
        assertThat(first.out()).contains("row 2 (server.EntryWritten) quarantined by " + System.getProperty("user.name"),
                "the centre still cannot start", "sequence number 4");

        Run second = larm("journal", "quarantine", "4", "--reason", "type removed before version 1.0");
        assertThat(second.exit()).as(second.out() + second.err()).isZero();
        assertThat(second.out()).contains("written into the shift log");

        Run healthy = larm("journal", "verify");
        assertThat(healthy.exit()).as(healthy.out()).isZero();
        assertThat(healthy.out()).contains("rows: 5, quarantined: 2, problems: 0",
                "quarantined 2: by " + System.getProperty("user.name"), "changed by hand on the database server",
                "quarantined 4: by", "type removed before version 1.0");
        assertThat(shiftLog()).containsExactly("first", "third",
                shiftLog().get(2)).last().asString().contains("Journal row 4 (calls.CallTeleported) was quarantined by",
                "type removed before version 1.0");

        Run again = larm("journal", "quarantine", "4", "--reason", "twice");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already quarantined");
        Run none = larm("journal", "show", "99");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("no row with sequence number 99");
        Run blank = larm("journal", "quarantine", "3", "--reason", " ");
        assertThat(blank.exit()).isEqualTo(2);
        assertThat(blank.err()).contains("reason");
    }

    @Test
    void theJournalIsNotOpenedWhileACentreRunsOnIt() {
        try (Centre running = OfflineCentre.open(settings)) {
            note(running, "running");
            Run verify = larm("journal", "verify");
            assertThat(verify.exit()).isNotZero();
            // in another process H2's file lock refuses first ("in use by a running centre"); here the writer lock
            assertThat(verify.err()).contains("held by the centre on host", "stop it").doesNotContain("unexpected");
            Run quarantine = larm("journal", "quarantine", "1", "--reason", "x");
            assertThat(quarantine.exit()).isNotZero();
            assertThat(quarantine.err()).contains("stop it");
        }
        assertThat(larm("journal", "verify").exit()).isZero();
        assertThat(shiftLog()).containsExactly("running");
    }
}
