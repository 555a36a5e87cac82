package se.larmcentral.telephony;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallState;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.centre.Centre;
import se.larmcentral.journal.InMemoryJournal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue message: a caller still waiting after {@code telephony.queueMessageSeconds} (1 s here) hears
 * {@code queue.wav} as early media (183 with SDP, RTP to the caller's offer, where {@link RtpSink} keeps every
 * packet), then ringing again. SIPp is the caller; no desk phone is registered, so nobody answers.
 */
class QueueMessageSippTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    private Centre centre;
    private SipFront front;
    private int port;

    private void start(int queueMessageSeconds) throws Exception {
        centre = Centre.open(new InMemoryJournal(CLOCK), 64, Centre.Setup.defaults(CLOCK, List.of()));
        port = Sipp.freePort();
        front = SipFront.start(TelephonySettings.listening("127.0.0.1", port, List.of("127.0.0.1"))
                .withAnnouncements(dir).withQueueMessageSeconds(queueMessageSeconds), centre, CLOCK, MunicipalityLookup.none());
    }

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
    void aCallerWaitingLongerThanTheSettingHearsTheQueueMessageThenRingingAgain() throws Exception {
        short[] message = TestWav.tone(523, 1000);
        TestWav.pcm(dir.resolve("queue.wav"), message);
        start(1);
        try (RtpSink caller = new RtpSink()) {
            Sipp sipp = Sipp.scenario("invite-queue-message.xml").key("dialled", "112").key("caller", "+46701234801")
                    .key("rtp_ip", "127.0.0.1").key("rtp_port", Integer.toString(caller.port()));
            Instant before = Instant.now();
            Sipp.Run run = sipp.against(port);
            assertThat(run.passed()).as("180, 183 with PCMA, 180 again, then the CANCEL: " + run.output()).isTrue();
            assertThat(java.time.Duration.between(before, Instant.now())).as("not before the second in the queue")
                    .isGreaterThan(java.time.Duration.ofMillis(2000));

            List<byte[]> packets = caller.packets();
            assertThat(packets).hasSize(50); // 1 s in 20 ms packets, played once
            assertThat(packets.getFirst()[1] & 0x7F).as("payload type PCMA").isEqualTo(8);
            assertThat(caller.payload()).isEqualTo(TestWav.alaw(message));

            String callId = CentreCallId.of(sipp.sipCallId());
            Call call = await(() -> centre.read(s -> s.calls().call(callId)).filter(c -> c.state() == CallState.ABANDONED));
            assertThat(call.state()).as("the message changes nothing in the call's life").isEqualTo(CallState.ABANDONED);
            assertThat(front.queueMessagesPlaying()).isZero();
        }
    }

    @Test
    void aCallerWhoHangsUpBeforeTheirTimeHearsNoMessage() throws Exception {
        TestWav.pcm(dir.resolve("queue.wav"), TestWav.tone(523, 1000));
        start(3);
        try (RtpSink caller = new RtpSink()) {
            // the caller hangs up after a second (SIPp would fail on a 183 it does not expect)
            Sipp sipp = Sipp.scenario("cancel-in-queue-offer.xml").key("dialled", "112").key("caller", "+46701234802")
                    .key("rtp_ip", "127.0.0.1").key("rtp_port", Integer.toString(caller.port()));
            Sipp.Run run = sipp.against(port);
            assertThat(run.passed()).as(run.output()).isTrue();
            Thread.sleep(3000); // past the message's time: cancelled with the call
            assertThat(caller.packets()).isEmpty();
            assertThat(front.queueMessagesPlaying()).isZero();
        }
    }

    private static <T> T await(java.util.function.Supplier<Optional<T>> probe) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(5);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not recorded in 5 s");
    }
}
