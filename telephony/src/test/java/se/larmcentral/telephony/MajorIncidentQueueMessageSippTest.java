package se.larmcentral.telephony;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Actor;
import se.larmcentral.crisis.incident.MajorIncidentType;
import se.larmcentral.crisis.incident.MajorIncidents;
import se.larmcentral.journal.InMemoryJournal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While a major incident is active, a waiting caller the line cannot place (SIPp's INVITE carries no position) hears
 * the incident's recorded message instead of queue.wav; once it is ended, queue.wav again. The recordings here are
 * tones made beforehand with their text beside them (MajorIncidentRecordingsTest speaks real ones), so the test
 * knows each message's samples.
 */
class MajorIncidentQueueMessageSippTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final String CALLER_TEXT = "Vi har många samtal om branden i Hammarby sjöstad.";

    @TempDir
    Path dir;

    private Centre centre;
    private SipFront front;

    @AfterEach
    void stop() {
        if (front != null) {
            front.close();
        }
        if (centre != null) {
            centre.close();
        }
    }

    @Test
    void aCallerHearsTheMajorIncidentsMessageWhileItIsActiveThenTheQueueMessage() throws Exception {
        short[] queue = TestWav.tone(523, 1000);
        short[] fire = TestWav.tone(880, 1000);
        TestWav.pcm(dir.resolve("queue.wav"), queue);
        TestWav.pcm(dir.resolve("major-1.wav"), fire);
        Files.writeString(dir.resolve("major-1.txt"), CALLER_TEXT);
        centre = Centre.open(new InMemoryJournal(CLOCK), 64, Centre.Setup.defaults(CLOCK, List.of()));
        centre.startProcesses(new se.larmcentral.centre.time.WallClockScheduler(CLOCK));
        centre.execute(Actor.person("sup-1"), MajorIncidents.declare(new MajorIncidents.Declaration(MajorIncidentType.FIRE,
                List.of("0180"), null, CLOCK.instant(), CLOCK.instant().plus(Duration.ofHours(3)), "Brand",
                CALLER_TEXT), "sup-1").on(CentreState::majorIncidents));
        int port = Sipp.freePort();
        front = SipFront.start(TelephonySettings.listening("127.0.0.1", port, List.of("127.0.0.1"))
                .withAnnouncements(dir).withQueueMessageSeconds(1), centre, CLOCK, MunicipalityLookup.none());

        assertThat(heard(port, "+46701234811")).as("the incident's message").isEqualTo(TestWav.alaw(fire));

        centre.execute(Actor.person("sup-1"), MajorIncidents.end("major-1", "släckt", "sup-1")
                .on(CentreState::majorIncidents));
        assertThat(heard(port, "+46701234812")).as("ended: the queue message").isEqualTo(TestWav.alaw(queue));
    }

    private static byte[] heard(int port, String caller) throws Exception {
        try (RtpSink sink = new RtpSink()) {
            Sipp sipp = Sipp.scenario("invite-queue-message.xml").key("dialled", "112").key("caller", caller)
                    .key("rtp_ip", "127.0.0.1").key("rtp_port", Integer.toString(sink.port()));
            Sipp.Run run = sipp.against(port);
            assertThat(run.passed()).as("180, 183 with PCMA, 180 again, then the CANCEL: " + run.output()).isTrue();
            assertThat(sink.packets()).hasSize(50);
            return sink.payload();
        }
    }
}
