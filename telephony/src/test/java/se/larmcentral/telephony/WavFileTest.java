package se.larmcentral.telephony;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.centre.Centre;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.journal.InMemoryJournal;
import se.larmcentral.social.Outcome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Announcements as the front reads them: what plays, and a file it cannot play refused naming the file. */
class WavFileTest {

    @TempDir
    Path dir;

    @Test
    void sixteenBitPcmIsEncodedToALawAndALawIsTakenAsItIs() throws Exception {
        short[] tone = TestWav.tone(440, 500);
        Announcement pcm = WavFile.read(TestWav.pcm(dir.resolve("pcm.wav"), tone));
        assertThat(pcm.alaw()).isEqualTo(TestWav.alaw(tone));
        assertThat(pcm.duration().toMillis()).isEqualTo(500);

        byte[] alaw = TestWav.alaw(tone);
        Announcement same = WavFile.read(TestWav.write(dir.resolve("alaw.wav"), WavFile.FORMAT_ALAW, 1, 8000, 8, alaw));
        assertThat(same.alaw()).isEqualTo(alaw);
    }

    @Test
    void theG711EncoderGivesTheStandardsCodes() {
        assertThat(G711.alaw((short) 0) & 0xFF).isEqualTo(0xD5);
        assertThat(G711.alaw((short) -1) & 0xFF).isEqualTo(0x55);
        assertThat(G711.alaw(Short.MAX_VALUE) & 0xFF).isEqualTo(0xAA);
        assertThat(G711.alaw(Short.MIN_VALUE) & 0xFF).isEqualTo(0x2A);
    }

    @Test
    void aFileThatCannotBePlayedIsRefusedNamingTheFileAndTheReason() throws Exception {
        byte[] data = new byte[1600];
        assertRefused(TestWav.write(dir.resolve("cd.wav"), WavFile.FORMAT_PCM, 1, 44_100, 16, data), "44100 Hz");
        assertRefused(TestWav.write(dir.resolve("stereo.wav"), WavFile.FORMAT_PCM, 2, 8000, 16, data), "2 channels");
        assertRefused(TestWav.write(dir.resolve("eight.wav"), WavFile.FORMAT_PCM, 1, 8000, 8, data), "8-bit PCM");
        assertRefused(TestWav.write(dir.resolve("mulaw.wav"), 7, 1, 8000, 8, data), "WAV format 7");
        assertRefused(Files.writeString(dir.resolve("text.wav"), "not a sound"), "is not a WAV file");
    }

    @Test
    void theFrontDoesNotStartWithAnAnnouncementItCannotPlay() throws Exception {
        TestWav.write(dir.resolve("closed.wav"), WavFile.FORMAT_PCM, 1, 16_000, 16, new byte[3200]);
        Clock clock = Clock.systemUTC();
        try (Centre centre = Centre.open(new InMemoryJournal(clock), 64, Centre.Setup.defaults(clock, List.of()))) {
            TelephonySettings settings = TelephonySettings.listening("127.0.0.1", Sipp.freePort(), List.of("127.0.0.1"))
                    .withAnnouncements(dir);
            assertThatThrownBy(() -> SipFront.start(settings, centre, clock, MunicipalityLookup.none()))
                    .isInstanceOf(TelephonyStartException.class)
                    .hasMessageContaining("telephony.announcements").hasMessageContaining("closed.wav")
                    .hasMessageContaining("16000 Hz");
        }
    }

    @Test
    void missingAnnouncementsAreNamedAndLeaveTheirCallsToOperators() throws Exception {
        TestWav.pcm(dir.resolve("not-available.wav"), TestWav.tone(440, 300));
        Announcements read = Announcements.read(dir);
        assertThat(read.of(Outcome.NOT_AVAILABLE)).isPresent();
        assertThat(read.of(Outcome.MESSAGE)).isEmpty();
        assertThat(read.of(Outcome.FORWARD)).isEmpty();
        assertThat(read.describe()).contains("not-available.wav (0.3 s)").contains("closed.wav").contains("refer-police.wav")
                .contains("wait for an operator");
    }

    private static void assertRefused(Path file, String reason) {
        assertThatThrownBy(() -> WavFile.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("telephony.announcements").hasMessageContaining(file.getFileName().toString())
                .hasMessageContaining(reason);
    }
}
