package se.larmcentral.telephony;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.time.VirtualScheduler;
import se.larmcentral.core.Actor;
import se.larmcentral.crisis.incident.MajorIncidentType;
import se.larmcentral.crisis.incident.MajorIncidents;
import se.larmcentral.journal.InMemoryJournal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each major incident's caller text spoken by espeak-ng into a WAV beside queue.wav (Debian's espeak-ng and sox, as
 * scripts/ensure-announcements; ./larm test and CI install them first), made again when the text is amended.
 */
class MajorIncidentRecordingsTest {

    static final Instant T0 = Instant.parse("2026-12-07T18:00:00Z");
    static final Actor SUPERVISOR = Actor.person("sup-1");

    @TempDir
    Path dir;

    VirtualScheduler time;
    Centre centre;

    @BeforeEach
    void open() {
        time = new VirtualScheduler(T0);
        centre = Centre.open(new InMemoryJournal(time.clock()), 64, Centre.Setup.defaults(time.clock(), List.of()));
        centre.execute(SUPERVISOR, MajorIncidents.declare(new MajorIncidents.Declaration(MajorIncidentType.STORM,
                List.of("0180"), null, T0, T0.plus(Duration.ofHours(6)), "Stormen Hilde",
                "Vi har många samtal om stormen. Är det fara för liv, vänta kvar."), "sup-1")
                .on(CentreState::majorIncidents));
    }

    @AfterEach
    void close() {
        centre.close();
    }

    @Test
    void theCallerTextIsSpokenIntoAPlayableMessageAndSpokenAgainWhenAmended() throws Exception {
        MajorIncidentRecordings recordings = new MajorIncidentRecordings(dir, centre, SpokenMessage::make);
        recordings.refresh();
        assertThat(recordings.of("major-1")).hasValueSatisfying(a ->
                assertThat(a.duration().toSeconds()).isBetween(2L, 30L));
        assertThat(dir.resolve("major-1.txt")).hasContent("Vi har många samtal om stormen. Är det fara för liv, vänta kvar.");
        long made = Files.getLastModifiedTime(dir.resolve("major-1.wav")).toMillis();
        Thread.sleep(20);
        recordings.refresh();
        assertThat(Files.getLastModifiedTime(dir.resolve("major-1.wav")).toMillis()).as("not made again").isEqualTo(made);

        centre.execute(SUPERVISOR, MajorIncidents.amend("major-1", new MajorIncidents.Amendment(null, null, null, null,
                "Stormen har passerat.", ""), "sup-1").on(CentreState::majorIncidents));
        int before = recordings.of("major-1").orElseThrow().length();
        recordings.refresh();
        assertThat(dir.resolve("major-1.txt")).hasContent("Stormen har passerat.");
        assertThat(recordings.of("major-1").orElseThrow().length()).as("the shorter text").isLessThan(before);

        centre.execute(SUPERVISOR, MajorIncidents.end("major-1", "", "sup-1").on(CentreState::majorIncidents));
        recordings.refresh();
        assertThat(recordings.of("major-1")).as("ended: its callers hear queue.wav").isEmpty();
    }

    @Test
    void aTextThatCannotBeSpokenLeavesTheQueueMessageAndIsNotTriedAgainForTheSameText() {
        AtomicInteger tried = new AtomicInteger();
        MajorIncidentRecordings recordings = new MajorIncidentRecordings(dir, centre, (text, wav) -> {
            tried.incrementAndGet();
            throw new IOException("espeak-ng failed with exit code 1");
        });
        recordings.refresh();
        recordings.refresh();
        assertThat(recordings.of("major-1")).isEmpty();
        assertThat(tried).hasValue(1);
        assertThat(dir.resolve("major-1.wav")).doesNotExist();
    }
}
