package se.larmcentral.telephony;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallState;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Actor;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.journal.InMemoryJournal;
import se.larmcentral.social.AssignDirectNumber;
import se.larmcentral.social.Channel;
import se.larmcentral.social.Outcome;
import se.larmcentral.social.RoutedCall;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Direct numbers without an operator (issue 14, item 4): the social router decides at the call's instant; closed or
 * no agreement → the caller hears the recorded message over RTP and the centre hangs up. SIPp is the caller; the
 * RTP goes to an {@link RtpSink} named in the caller's SDP offer, where the packets are counted and compared.
 * Värmdö (0120) has no agreement in this centre.
 */
class DirectNumberSippTest {

    private static final PhoneNumber VARMDO_DIRECT = PhoneNumber.parse("number", "08-465 004 90");
    private static final String VARMDO = "0120";

    @TempDir
    Path dir;

    private Centre centre;
    private SipFront front;
    private int port;

    /** A centre whose clock reads {@code local} Swedish time now, Värmdö's direct number registered. */
    private void start(String local, Path announcements) throws Exception {
        Instant then = LocalDateTime.parse(local).atZone(SwedishTime.ZONE).toInstant();
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), then));
        centre = Centre.open(new InMemoryJournal(clock), 64, Centre.Setup.defaults(clock, List.of()));
        centre.execute(Actor.person("agreements-admin"), new AssignDirectNumber(VARMDO_DIRECT, VARMDO).on(CentreState::social));
        port = Sipp.freePort();
        front = SipFront.start(TelephonySettings.listening("127.0.0.1", port, List.of("127.0.0.1"))
                .withAnnouncements(announcements), centre, clock, MunicipalityLookup.none());
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
    void noAgreementAfterTheChangeOf2017PlaysTheNotAvailableMessageOverRtpThenHangsUp() throws Exception {
        short[] notAvailable = TestWav.tone(440, 1000);
        TestWav.pcm(dir.resolve("not-available.wav"), notAvailable);
        TestWav.pcm(dir.resolve("refer-police.wav"), TestWav.tone(880, 200));
        start("2017-12-23T18:00", dir);
        try (RtpSink caller = new RtpSink()) {
            Sipp sipp = Sipp.scenario("direct-number-announcement.xml").key("dialled", "+46846500490")
                    .key("caller", "+46701234601").key("rtp_ip", "127.0.0.1").key("rtp_port", Integer.toString(caller.port()));
            Sipp.Run run = sipp.against(port);
            assertThat(run.passed()).as(run.output()).isTrue();

            List<byte[]> packets = caller.packets();
            assertThat(packets).hasSize(50); // 1 s of 8 kHz in 20 ms packets
            for (int i = 0; i < packets.size(); i++) {
                byte[] packet = packets.get(i);
                assertThat(packet).hasSize(12 + 160);
                assertThat(packet[0] & 0xFF).as("RTP version 2").isEqualTo(0x80);
                assertThat(packet[1] & 0x7F).as("payload type PCMA").isEqualTo(8);
                assertThat(sequence(packet)).isEqualTo((sequence(packets.getFirst()) + i) & 0xFFFF);
                assertThat(timestamp(packet)).isEqualTo((timestamp(packets.getFirst()) + 160L * i) & 0xFFFFFFFFL);
            }
            assertThat(caller.payload()).isEqualTo(TestWav.alaw(notAvailable));

            RoutedCall routed = routed(sipp);
            assertThat(routed.outcome()).isEqualTo(Outcome.NOT_AVAILABLE);
            assertThat(routed.channel()).isEqualTo(Channel.DIRECT_NUMBER);
            assertThat(routed.municipality()).isEqualTo(VARMDO);
            assertThat(routed.directNumber()).isEqualTo(VARMDO_DIRECT);
            assertThat(calls()).as("no operator is needed: nothing in the queue").isEmpty();
            assertThat(front.announcedCalls()).isZero();
        }
    }

    @Test
    void noAgreementBeforeTheChangeOf2017PlaysTheReferralToThePolice() throws Exception {
        TestWav.pcm(dir.resolve("not-available.wav"), TestWav.tone(440, 1000));
        short[] referral = TestWav.tone(880, 200);
        TestWav.pcm(dir.resolve("refer-police.wav"), referral);
        start("2017-12-23T16:59", dir);
        try (RtpSink caller = new RtpSink()) {
            Sipp sipp = Sipp.scenario("direct-number-announcement.xml").key("dialled", "08-46500490")
                    .key("caller", "+46701234602").key("rtp_ip", "127.0.0.1").key("rtp_port", Integer.toString(caller.port()));
            Sipp.Run run = sipp.against(port);
            assertThat(run.passed()).as(run.output()).isTrue();

            assertThat(caller.packets()).hasSize(10);
            assertThat(caller.payload()).isEqualTo(TestWav.alaw(referral));
            assertThat(routed(sipp).outcome()).isEqualTo(Outcome.REFER_POLICE);
        }
    }

    @Test
    void aCallerWhoHangsUpDuringTheMessageStopsIt() throws Exception {
        TestWav.pcm(dir.resolve("not-available.wav"), TestWav.tone(440, 6000));
        start("2017-12-24T18:00", dir);
        try (RtpSink caller = new RtpSink()) {
            Sipp sipp = Sipp.scenario("direct-number-hangup.xml").key("dialled", "+46846500490")
                    .key("caller", "+46701234603").key("rtp_ip", "127.0.0.1").key("rtp_port", Integer.toString(caller.port()));
            Sipp.Run run = sipp.against(port);
            assertThat(run.passed()).as(run.output()).isTrue();

            int heard = caller.packets().size();
            Thread.sleep(500);
            assertThat(caller.packets()).as("no packet after the BYE").hasSize(heard);
            assertThat(heard).as("1.5 s of a 6 s message").isBetween(40, 150);
            assertThat(front.announcedCalls()).isZero();
            assertThat(routed(sipp).outcome()).isEqualTo(Outcome.NOT_AVAILABLE);
        }
    }

    @Test
    void withoutARecordingTheCallWaitsForAnOperatorWithItsDecisionRecorded() throws Exception {
        start("2017-12-24T18:00", dir.resolve("no-recordings"));
        Sipp sipp = Sipp.scenario("invite-queued.xml").key("dialled", "+46846500490").key("caller", "+46701234604");
        Sipp.Run run = sipp.against(port);
        assertThat(run.passed()).as(run.output()).isTrue();

        String callId = CentreCallId.of(sipp.sipCallId());
        Call call = await(() -> centre.read(s -> s.calls().call(callId)));
        assertThat(call.state()).isEqualTo(CallState.QUEUED);
        assertThat(call.line().directNumber()).isEqualTo(VARMDO_DIRECT);
        assertThat(call.line().municipalityCode()).isEqualTo(VARMDO);
        assertThat(routed(sipp).outcome()).isEqualTo(Outcome.NOT_AVAILABLE);
    }

    private RoutedCall routed(Sipp sipp) throws InterruptedException {
        String callId = CentreCallId.of(sipp.sipCallId());
        return await(() -> centre.read(s -> s.social().routedCall(callId)));
    }

    private Collection<Call> calls() {
        return centre.read(s -> s.calls().calls());
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

    private static int sequence(byte[] packet) {
        return (packet[2] & 0xFF) << 8 | packet[3] & 0xFF;
    }

    private static long timestamp(byte[] packet) {
        return (packet[4] & 0xFFL) << 24 | (packet[5] & 0xFFL) << 16 | (packet[6] & 0xFFL) << 8 | packet[7] & 0xFFL;
    }
}
