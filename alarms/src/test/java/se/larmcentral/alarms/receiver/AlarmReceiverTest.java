package se.larmcentral.alarms.receiver;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.larmcentral.alarms.AlarmEvent;
import se.larmcentral.alarms.AlarmLog;
import se.larmcentral.alarms.dc09.MessageType;
import se.larmcentral.alarms.dc09.Refusal;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.time.VirtualScheduler;
import se.larmcentral.core.Recorded;
import se.larmcentral.journal.InMemoryJournal;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The receiving front with a transmitter written in the tests over real TCP and UDP sockets: each frame gets the
 * standard's answer, and everything acknowledged is in the journal.
 */
class AlarmReceiverTest {

    private static final Instant START = Instant.parse("2026-12-07T19:30:00Z");
    private static final byte[] KEY_5678 = HexFormat.of().parseHex("000102030405060708090A0B0C0D0E0F1011121314151617");
    private static final byte[] KEY_ABCD = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private VirtualScheduler scheduler;
    private Centre centre;
    private AlarmReceiver receiver;

    @BeforeEach
    void start() {
        scheduler = new VirtualScheduler(START);
        centre = Centre.open(new InMemoryJournal(scheduler.clock()), 64,
                Centre.Setup.defaults(scheduler.clock(), List.of(AlarmLog.EXTENSION)));
        receiver = AlarmReceiver.start(AlarmSettings.listening(List.of(
                        new AlarmAccount("1234", "", null, 60),
                        new AlarmAccount("5678", "ALARM_5678_KEY", AlarmAccount.KeyForm.HEX, 0),
                        new AlarmAccount("ABCD", "ALARM_ABCD_KEY", AlarmAccount.KeyForm.TEXT, 0))),
                centre, scheduler, Map.of("ALARM_5678_KEY", HexFormat.of().formatHex(KEY_5678),
                        "ALARM_ABCD_KEY", new String(KEY_ABCD, StandardCharsets.US_ASCII))::get);
    }

    @AfterEach
    void stop() {
        receiver.close();
        centre.close();
        scheduler.close();
    }

    private List<AlarmEvent> journal() {
        return centre.journal().readAfter(0, 1_000_000).stream().map(centre.codec()::decode).map(Recorded::event)
                .filter(AlarmEvent.class::isInstance).map(AlarmEvent.class::cast).toList();
    }

    private List<AlarmEvent.MessageReceived> received() {
        return journal().stream().filter(AlarmEvent.MessageReceived.class::isInstance)
                .map(AlarmEvent.MessageReceived.class::cast).toList();
    }

    private Instant now() {
        return scheduler.clock().instant();
    }

    @Test
    void aPlainEventOverTcpIsRecordedBeforeItsAck() throws Exception {
        try (TestTransmitter transmitter = TestTransmitter.tcp(receiver.tcpPort())) {
            byte[] frame = TestTransmitter.frame(TestTransmitter.plain("SIA-DCS", "0001", "1234", "#1234|Nri1/BA12", now()));

            Optional<String> answer = transmitter.send(frame, 5000);
            // The ACK is read before anything else: the message must already be durable.
            List<AlarmEvent.MessageReceived> atAck = received();

            assertThat(answer).contains("\"ACK\"0001L0#1234[]");
            assertThat(atAck).singleElement().satisfies(m -> {
                assertThat(m.account()).isEqualTo("1234");
                assertThat(m.sequence()).isEqualTo("0001");
                assertThat(m.type()).isEqualTo(MessageType.SIA_DCS);
                assertThat(m.code()).isEqualTo("BA");
                assertThat(m.zone()).isEqualTo("12");
                assertThat(m.receivedAt()).isEqualTo(START);
                assertThat(m.sentAt()).isEqualTo(START);
                assertThat(m.transmitter()).startsWith("127.0.0.1:").endsWith("/TCP");
                assertThat("\n" + m.frame() + "\r").isEqualTo(new String(frame, StandardCharsets.US_ASCII));
            });
        }
    }

    @Test
    void encryptedEventsOverUdpAndTcpAreDecryptedAndAckedEncrypted() throws Exception {
        try (TestTransmitter udp = TestTransmitter.udp(receiver.udpPort());
             TestTransmitter tcp = TestTransmitter.tcp(receiver.tcpPort())) {
            Optional<String> udpAnswer = udp.send(TestTransmitter.frame(TestTransmitter.encrypted("ADM-CID", "0002", "5678",
                    "#5678|1110 01 003", now(), KEY_5678)), 5000);
            Optional<String> tcpAnswer = tcp.send(TestTransmitter.frame(TestTransmitter.encrypted("SIA-DCS", "0003", "ABCD",
                    "Nri2/FA7", now(), KEY_ABCD)), 5000);

            assertThat(udpAnswer).get().asString().startsWith("\"*ACK\"0002L0#5678[");
            assertThat(TestTransmitter.decrypt(KEY_5678, udpAnswer.get().substring(udpAnswer.get().indexOf('[') + 1)))
                    .endsWith("]_19:30:00,12-07-2026");
            assertThat(tcpAnswer).get().asString().startsWith("\"*ACK\"0003L0#ABCD[");
            assertThat(TestTransmitter.decrypt(KEY_ABCD, tcpAnswer.get().substring(tcpAnswer.get().indexOf('[') + 1)))
                    .endsWith("]_19:30:00,12-07-2026");
            assertThat(received()).extracting(AlarmEvent.MessageReceived::account, AlarmEvent.MessageReceived::code,
                            AlarmEvent.MessageReceived::zone, AlarmEvent.MessageReceived::qualifier)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("5678", "110", "003", "NEW"),
                            org.assertj.core.groups.Tuple.tuple("ABCD", "FA", "7", ""));
        }
    }

    @Test
    void refusedFramesGetTheStandardsAnswersAndAreRecordedAsOneSummary() throws Exception {
        try (TestTransmitter tcp = TestTransmitter.tcp(receiver.tcpPort());
             TestTransmitter udp = TestTransmitter.udp(receiver.udpPort())) {
            byte[] badCrc = TestTransmitter.frame(TestTransmitter.plain("SIA-DCS", "0010", "1234", "Nri1/BA1", now()));
            badCrc[1] = (byte) (badCrc[1] == '0' ? '1' : '0');
            String message = TestTransmitter.plain("SIA-DCS", "0011", "1234", "Nri1/BA1", now());
            byte[] wrongLength = ("\n" + String.format("%04X", TestTransmitter.crc(message.getBytes(StandardCharsets.US_ASCII)))
                    + String.format("%04X", message.length() - 1) + message + "\r").getBytes(StandardCharsets.US_ASCII);

            assertThat(tcp.send(badCrc, 500)).isEmpty();
            assertThat(udp.send(wrongLength, 500)).isEmpty();
            assertThat(tcp.send(TestTransmitter.frame(TestTransmitter.plain("SIA-DCS", "0012", "9999", "Nri1/BA1", now())), 5000))
                    .contains("\"DUH\"0012L0#9999[]");
            assertThat(udp.send(TestTransmitter.frame(TestTransmitter.plain("SIA-DCS", "0013", "1234", "Nri1/BA1",
                    now().minusSeconds(41))), 5000)).contains("\"NAK\"0000R0L0A0[]_19:30:00,12-07-2026");
            assertThat(tcp.send(TestTransmitter.frame(TestTransmitter.encrypted("SIA-DCS", "0014", "5678", "Nri1/BA1",
                    now(), KEY_ABCD)), 5000)).contains("\"NAK\"0000R0L0A0[]_19:30:00,12-07-2026");
            // the connection goes on after a dropped frame
            assertThat(tcp.send(TestTransmitter.frame(TestTransmitter.plain("SIA-DCS", "0015", "1234", "Nri1/BA1", now())), 5000))
                    .contains("\"ACK\"0015L0#1234[]");
        }
        assertThat(received()).extracting(AlarmEvent.MessageReceived::sequence).containsExactly("0015");

        assertThat(receiver.flushRefusals()).isEqualTo(1);

        List<AlarmEvent.MessagesRefused> summaries = journal().stream().filter(AlarmEvent.MessagesRefused.class::isInstance)
                .map(AlarmEvent.MessagesRefused.class::cast).toList();
        assertThat(summaries).singleElement().satisfies(s -> {
            assertThat(s.transmitter()).isEqualTo("127.0.0.1");
            assertThat(s.counts()).containsExactlyInAnyOrder(
                    new AlarmEvent.MessagesRefused.Count(Refusal.BAD_CRC, 1),
                    new AlarmEvent.MessagesRefused.Count(Refusal.BAD_LENGTH, 1),
                    new AlarmEvent.MessagesRefused.Count(Refusal.UNKNOWN_ACCOUNT, 1),
                    new AlarmEvent.MessagesRefused.Count(Refusal.TIMESTAMP, 1),
                    new AlarmEvent.MessagesRefused.Count(Refusal.ENCRYPTION, 1));
        });
        assertThat(receiver.flushRefusals()).isZero();
    }

    @Test
    void aResentMessageIsAckedAgainAndRecordedOnce() throws Exception {
        try (TestTransmitter tcp = TestTransmitter.tcp(receiver.tcpPort());
             TestTransmitter udp = TestTransmitter.udp(receiver.udpPort())) {
            byte[] frame = TestTransmitter.frame(TestTransmitter.plain("SIA-DCS", "0020", "1234", "Nri1/FA3", now()));
            byte[] encrypted = TestTransmitter.frame(TestTransmitter.encrypted("SIA-DCS", "0021", "5678", "Nri1/FA4", now(), KEY_5678));
            // resent with a new pad and a later timestamp: the same message
            scheduler.advanceBy(Duration.ofSeconds(5));
            byte[] encryptedAgain = TestTransmitter.frame(TestTransmitter.encrypted("SIA-DCS", "0021", "5678", "Nri1/FA4", now(), KEY_5678));

            assertThat(tcp.send(frame, 5000)).contains("\"ACK\"0020L0#1234[]");
            assertThat(udp.send(frame, 5000)).contains("\"ACK\"0020L0#1234[]");
            assertThat(tcp.send(frame, 5000)).contains("\"ACK\"0020L0#1234[]");
            assertThat(udp.send(encrypted, 5000)).get().asString().startsWith("\"*ACK\"0021L0#5678[");
            assertThat(udp.send(encryptedAgain, 5000)).get().asString().startsWith("\"*ACK\"0021L0#5678[");
            // the same sequence number with other content is another message
            assertThat(tcp.send(TestTransmitter.frame(TestTransmitter.plain("SIA-DCS", "0020", "1234", "Nri1/FR3", now())), 5000))
                    .contains("\"ACK\"0020L0#1234[]");
        }
        assertThat(received()).extracting(AlarmEvent.MessageReceived::sequence, AlarmEvent.MessageReceived::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0020", "FA"),
                        org.assertj.core.groups.Tuple.tuple("0021", "FA"),
                        org.assertj.core.groups.Tuple.tuple("0020", "FR"));
    }

    @Test
    void aFloodFromOneAddressDoesNotStarveAnother() throws Exception {
        AtomicBoolean flooding = new AtomicBoolean(true);
        List<String> acked = new ArrayList<>();
        Thread flood = Thread.ofPlatform().start(() -> {
            try (TestTransmitter flooder = TestTransmitter.udp(receiver.udpPort(), "127.0.0.2")) {
                int sequence = 0;
                while (flooding.get()) {
                    flooder.fire(TestTransmitter.frame(TestTransmitter.plain("SIA-DCS",
                            String.format("%04d", sequence++ % 10_000), "1234", "Nri1/BA" + sequence, now())));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try (TestTransmitter other = TestTransmitter.udp(receiver.udpPort())) {
            Thread.sleep(200);
            for (int i = 1; i <= 20; i++) {
                String sequence = String.format("%04d", 9000 + i);
                Optional<String> answer = sendAsATransmitterDoes(other, TestTransmitter.frame(TestTransmitter.plain("NULL",
                        sequence, "5679", "", now())), sequence);
                // 5679 is unknown: a DUH costs no commit, so the answer shows the queue, not the journal
                assertThat(answer).as("answer %d amid the flood", i).contains("\"DUH\"" + sequence + "L0#5679[]");
                Optional<String> ack = sendAsATransmitterDoes(other, TestTransmitter.frame(TestTransmitter.plain("SIA-DCS",
                        sequence, "1234", "Nri9/RP" + i, now())), sequence);
                assertThat(ack).as("ACK %d amid the flood", i).contains("\"ACK\"" + sequence + "L0#1234[]");
                acked.add(sequence);
            }
        } finally {
            flooding.set(false);
            flood.join();
        }
        receiver.flushRefusals();
        assertThat(received()).filteredOn(m -> m.transmitter().startsWith("127.0.0.1:"))
                .extracting(AlarmEvent.MessageReceived::sequence).containsExactlyElementsOf(acked);
        assertThat(journal()).filteredOn(AlarmEvent.MessagesRefused.class::isInstance)
                .map(AlarmEvent.MessagesRefused.class::cast)
                .anySatisfy(s -> {
                    assertThat(s.transmitter()).isEqualTo("127.0.0.2");
                    assertThat(s.counts()).extracting(AlarmEvent.MessagesRefused.Count::refusal).contains(Refusal.BUSY);
                });
    }

    /**
     * Sends over UDP as a DC-09 transmitter does: again after 2 s without an answer, at most three times, passing over
     * late answers to earlier frames. The flood can fill the socket's buffer in the kernel, which drops a datagram
     * before any receiver sees it (seen once in a whole run); what the test asks is that the receiver answers the
     * other address amid the flood, not that UDP loses nothing. A resent alarm is recorded once (tested above).
     */
    private static Optional<String> sendAsATransmitterDoes(TestTransmitter transmitter, byte[] frame, String sequence)
            throws IOException {
        for (int attempt = 1; attempt <= 3; attempt++) {
            Optional<String> answer = transmitter.send(frame, 2000);
            while (answer.isPresent() && !answer.get().contains("\"" + sequence + "L0#")) {
                answer = transmitter.receiveUdp(2000);
            }
            if (answer.isPresent()) {
                return answer;
            }
        }
        return Optional.empty();
    }

    @Test
    void aSilentTransmitterRaisesAFaultClearedWhenItReportsAgain() throws Exception {
        try (TestTransmitter tcp = TestTransmitter.tcp(receiver.tcpPort())) {
            assertThat(tcp.send(TestTransmitter.frame(TestTransmitter.plain("NULL", "0000", "1234", "", now())), 5000))
                    .contains("\"ACK\"0000L0#1234[]");
            scheduler.advanceBy(Duration.ofSeconds(59));
            assertThat(journal()).noneMatch(AlarmEvent.TransmitterSilent.class::isInstance);

            scheduler.advanceBy(Duration.ofSeconds(12));

            assertThat(journal()).filteredOn(AlarmEvent.TransmitterSilent.class::isInstance).singleElement()
                    .isEqualTo(new AlarmEvent.TransmitterSilent("1234", START, START.plusSeconds(60)));
            scheduler.advanceBy(Duration.ofSeconds(60));
            assertThat(journal()).filteredOn(AlarmEvent.TransmitterSilent.class::isInstance).hasSize(1);

            Instant back = now();
            assertThat(tcp.send(TestTransmitter.frame(TestTransmitter.plain("NULL", "0000", "1234", "", back)), 5000))
                    .contains("\"ACK\"0000L0#1234[]");
            assertThat(journal()).filteredOn(AlarmEvent.TransmitterHeardAgain.class::isInstance).singleElement()
                    .isEqualTo(new AlarmEvent.TransmitterHeardAgain("1234", START.plusSeconds(60), back));
            Map<String, Instant> silent = centre.read(state -> state.extension(AlarmLog.class).silent());
            assertThat(silent).isEmpty();
            scheduler.advanceBy(Duration.ofSeconds(55));
            assertThat(journal()).filteredOn(AlarmEvent.TransmitterSilent.class::isInstance).hasSize(1);
        }
    }

    @Test
    void afterTheReceiverWasDownEveryTransmitterHasAWholeIntervalAgain() throws Exception {
        try (TestTransmitter tcp = TestTransmitter.tcp(receiver.tcpPort())) {
            assertThat(tcp.send(TestTransmitter.frame(TestTransmitter.plain("NULL", "0000", "1234", "", now())), 5000))
                    .contains("\"ACK\"0000L0#1234[]");
        }
        receiver.close();
        scheduler.advanceBy(Duration.ofMinutes(10));
        Instant restarted = now();
        receiver = AlarmReceiver.start(AlarmSettings.listening(List.of(new AlarmAccount("1234", "", null, 60),
                new AlarmAccount("4321", "", null, 60))), centre, scheduler);

        assertThat(receiver.checkSupervision()).isEmpty();
        scheduler.advanceBy(Duration.ofSeconds(54));
        assertThat(journal()).noneMatch(AlarmEvent.TransmitterSilent.class::isInstance);
        // the timer ticks every 6 s (a tenth of the interval): the first tick past the due instant raises both
        scheduler.advanceBy(Duration.ofSeconds(12));

        assertThat(journal()).filteredOn(AlarmEvent.TransmitterSilent.class::isInstance).containsExactly(
                new AlarmEvent.TransmitterSilent("1234", START, restarted.plusSeconds(60)),
                new AlarmEvent.TransmitterSilent("4321", null, restarted.plusSeconds(60)));
    }

    @Test
    void aMissingKeyOrBadSettingIsRefusedNamingIt() {
        assertThatThrownBy(() -> AlarmReceiver.start(AlarmSettings.listening(List.of(
                        new AlarmAccount("5678", "ALARM_5678_KEY", AlarmAccount.KeyForm.HEX, 0))),
                centre, scheduler, Map.<String, String>of()::get))
                .hasMessage("alarms.accounts: account 5678: ALARM_5678_KEY is not set in the environment");
        assertThatThrownBy(() -> AlarmReceiver.start(AlarmSettings.listening(List.of(
                        new AlarmAccount("5678", "ALARM_5678_KEY", AlarmAccount.KeyForm.HEX, 0))),
                centre, scheduler, Map.of("ALARM_5678_KEY", "secret")::get))
                .hasMessage("alarms.accounts: account 5678 (ALARM_5678_KEY): must be 32, 48 or 64 hex digits (AES-128, -192 or -256)")
                .message().doesNotContain("secret");
        assertThatThrownBy(() -> new AlarmAccount("XYZ", "", null, 0))
                .hasMessage("alarms.accounts: account 'XYZ' must be 3-16 hex digits");
        assertThatThrownBy(() -> new AlarmSettings(true, "127.0.0.1", 70000, 0, 20, 40, 600, 32, 8, List.of()))
                .hasMessage("alarms.tcpPort: must be between -1 and 65535, was 70000");
    }
}
