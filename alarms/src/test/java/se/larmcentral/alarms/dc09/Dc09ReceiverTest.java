package se.larmcentral.alarms.dc09;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The receiver's verdicts. The first table is frames from pysiaalarm's tests (tests/test_sia_package_cases.py,
 * MIT, github.com/eavanvalkenburg/pysiaalarm): their CRCs were computed by others. Most of those frames carry a
 * length field that does not match their message (pysiaalarm does not check it); they are refused as sent, and
 * read once re-framed with the true length (the CRC covers only the message, so it is still theirs).
 */
class Dc09ReceiverTest {

    private static final AesKey PYSIA_KEY = AesKey.text("key", "AAAAAAAAAAAAAAAA");
    private static final Map<String, Dc09Account> ACCOUNTS = Map.of(
            "AAA", new Dc09Account("AAA", Optional.empty()),
            "1111", new Dc09Account("1111", Optional.empty()),
            "4F39", new Dc09Account("4F39", Optional.empty()),
            "AAAB", new Dc09Account("AAAB", Optional.of(PYSIA_KEY)),
            "123F", new Dc09Account("123F", Optional.of(PYSIA_KEY)));

    private final Dc09Receiver receiver = new Dc09Receiver(a -> Optional.ofNullable(ACCOUNTS.get(a)),
            TimestampWindow.STANDARD, new Random(7));

    /** pysiaalarm's line (CRC and length and message), re-framed with the true length. */
    private static byte[] reframed(String line) {
        String message = line.substring(8);
        return ("\n" + line.substring(0, 4) + String.format("%04X", message.length()) + message + "\r")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] asSent(String line) {
        return ("\n" + line + "\r").getBytes(StandardCharsets.US_ASCII);
    }

    static Stream<Arguments> pysiaalarmEvents() {
        return Stream.of(
                Arguments.of("97F90078\"SIA-DCS\"6002L0#AAA[|Nri2/JC12]_12:58:23,09-15-2021",
                        new Payload.SiaDcs("", "", "2", "JC", "12", ""), "\"ACK\"6002L0#AAA[]", List.of()),
                Arguments.of("87570078\"SIA-DCS\"6002L0#AAA[|Nri1/CL501][M0026B9E4268B]_14:12:04,09-25-2019",
                        new Payload.SiaDcs("", "", "1", "CL", "501", ""), "\"ACK\"6002L0#AAA[]", List.of("M0026B9E4268B")),
                Arguments.of("02310052\"SIA-DCS\"6002L0#1111[|Nri1/RP000][KAAAAAAAAAAAAAAAA]_14:12:04,09-25-2019",
                        new Payload.SiaDcs("", "", "1", "RP", "000", ""), "\"ACK\"6002L0#1111[]", List.of("KAAAAAAAAAAAAAAAA")),
                Arguments.of("5B090059\"SIA-DCS\"0004L0#1111[#1111|Nri1/PA501][X006E07.7777777][Y49N06.6666666]_20:45:46,04-22-2021",
                        new Payload.SiaDcs("", "", "1", "PA", "501", ""), "\"ACK\"0004L0#1111[]",
                        List.of("X006E07.7777777", "Y49N06.6666666")),
                Arguments.of("E5D50078\"SIA-DCS\"6002L0#AAA[|Nri1/CL501]_14:12:04,09-25-2019",
                        new Payload.SiaDcs("", "", "1", "CL", "501", ""), "\"ACK\"6002L0#AAA[]", List.of()),
                Arguments.of("57150047\"ADM-CID\"0247R4F39L4F39#4F39[#4F39|3401 01 057]",
                        new Payload.ContactId(Payload.ContactId.Qualifier.RESTORE, "401", "01", "057"),
                        "\"ACK\"0247R4F39L4F39#4F39[]", List.of()));
    }

    @ParameterizedTest
    @MethodSource("pysiaalarmEvents")
    void pysiaalarmFramesAreReadAndAcknowledgedOnceTheirLengthIsTrue(String line, Payload payload, String ack,
                                                                    List<String> extended) {
        Instant sent = line.contains("_") ? Dc09Timestamp.parse(line.substring(line.lastIndexOf('_'))).orElseThrow()
                : Instant.parse("2021-01-01T00:00:00Z");

        assertThat(receiver.read(asSent(line), sent)).isInstanceOfSatisfying(Reception.Refused.class, refused -> {
            assertThat(refused.refusal()).isEqualTo(Refusal.BAD_LENGTH);
            assertThat(refused.answer()).isEmpty();
        });
        Reception reception = receiver.read(reframed(line), sent.plusSeconds(5));
        assertThat(reception).isInstanceOfSatisfying(Reception.Accepted.class, accepted -> {
            assertThat(accepted.payload()).isEqualTo(payload);
            assertThat(accepted.ack().message()).isEqualTo(ack);
            assertThat(accepted.frame().extended()).isEqualTo(extended);
            assertThat(accepted.frame().encrypted()).isFalse();
        });
    }

    @Test
    void anEncryptedLinkTestFromPysiaalarmIsDecryptedAndAnsweredWithAnEncryptedAck() {
        // Its length is true as sent; pad "ppppppppppp", then "]_18:24:52,07-05-2020".
        String line = "76D80055\"*NULL\"0000R0L0#AAAB[B4BC8B40D0E6D959D6BEA78E88CC0B2155741A3C44FBB96D476A3E557CAD64D9";
        Instant now = Instant.parse("2020-07-05T18:25:10Z");

        Reception reception = receiver.read(asSent(line), now);

        assertThat(reception).isInstanceOfSatisfying(Reception.Accepted.class, accepted -> {
            assertThat(accepted.payload()).isEqualTo(new Payload.LinkTest());
            assertThat(accepted.frame().timestamp()).isEqualTo(Instant.parse("2020-07-05T18:24:52Z"));
            String ack = accepted.ack().message();
            assertThat(ack).startsWith("\"*ACK\"0000R0L0#AAAB[");
            String clear = decrypted(PYSIA_KEY, ack.substring(ack.indexOf('[') + 1));
            assertThat(clear).endsWith("]_18:25:10,07-05-2020").hasSize(32);
            assertThat(clear.substring(0, 11)).doesNotContain("|", "[", "]");
        });
    }

    @Test
    void aFrameEncryptedWithAnotherKeyIsAnsweredNak() {
        // pysiaalarm's encrypted ADM-CID frame: its key is not in their tests, so ours does not fit.
        String line = "D0850078\"*ADM-CID\"6879R0L0#123F[64F7ADD9BA9377DBF2C014BC709329BEEE345B5F20C60B7EB9D2C6B8C222666B13D0B4A114B448B0AC555FCC658DB6EE";
        Instant now = Instant.parse("2026-12-07T19:00:00Z");

        Reception reception = receiver.read(asSent(line), now);

        assertThat(reception).isInstanceOfSatisfying(Reception.Refused.class, refused -> {
            assertThat(refused.refusal()).isEqualTo(Refusal.ENCRYPTION);
            assertThat(refused.answer()).get().isEqualTo(new Answer.Nak("\"NAK\"0000R0L0A0[]_19:00:00,12-07-2026"));
        });
    }

    static Stream<Arguments> refusedAsSent() {
        return Stream.of(
                // pysiaalarm: a CRC that is not the message's (their case_adm_cid), and a line that is no frame
                Arguments.of("87CD0037\"ADM-CID\"9876R579BDFL789ABC#12345A[#12345A|1110 00 129]_14:12:04,09-25-2011",
                        Refusal.BAD_CRC),
                Arguments.of("this is not a parsable event", Refusal.MALFORMED),
                // pysiaalarm's case_encrypted: its CRC is right, its length (0078 for 0075) is not
                Arguments.of("60AB0078\"*SIA-DCS\"5994L0#AAA[5AB718E008C616BF16F6468033A11326B0F7546CAB230910BCA10E4DEBA42283C436E4F8EFF50931070DDE36D5BB5F0C",
                        Refusal.BAD_LENGTH));
    }

    @ParameterizedTest
    @MethodSource("refusedAsSent")
    void corruptedFramesAreDroppedUnanswered(String line, Refusal refusal) {
        assertThat(receiver.read(asSent(line), Instant.parse("2021-01-01T00:00:00Z")))
                .isInstanceOfSatisfying(Reception.Refused.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(refusal);
                    assertThat(refused.answer()).isEmpty();
                });
    }

    // Hand-made frames, each with the standard's answer.

    private static final Instant NOW = Instant.parse("2026-12-07T19:30:00Z");
    private final Dc09Writer writer = new Dc09Writer(new Random(1));

    private byte[] plain(String account, String sequence, String data, Instant sent) {
        return Dc09Writer.frame(writer.message("SIA-DCS", sequence, "R1", "L0", account, data, List.of(), sent,
                Optional.empty()));
    }

    @Test
    void aGoodPlainFrameIsAcknowledgedEchoingSequenceReceiverPrefixAndAccount() {
        Reception reception = receiver.read(plain("AAA", "0042", "#AAA|Nti12:30/id7/ri3/BA12^Door^", NOW.minusSeconds(3)), NOW);

        assertThat(reception).isInstanceOfSatisfying(Reception.Accepted.class, accepted -> {
            assertThat(accepted.payload()).isEqualTo(new Payload.SiaDcs("12:30", "7", "3", "BA", "12", "Door"));
            assertThat(accepted.ack().message()).isEqualTo("\"ACK\"0042R1L0#AAA[]");
            assertThat(new String(accepted.ack().bytes(), StandardCharsets.US_ASCII))
                    .isEqualTo("\n" + Crc16.hex("\"ACK\"0042R1L0#AAA[]".getBytes(StandardCharsets.US_ASCII))
                            + "0013\"ACK\"0042R1L0#AAA[]\r");
        });
    }

    @Test
    void aBadCrcIsDroppedUnanswered() {
        byte[] frame = plain("AAA", "0042", "Nri1/BA12", NOW);
        frame[1] = (byte) (frame[1] == 'F' ? 'E' : 'F');
        assertRefused(receiver.read(frame, NOW), Refusal.BAD_CRC, null);
    }

    @Test
    void aWrongLengthIsDroppedUnanswered() {
        String message = writer.message("SIA-DCS", "0042", "", "L0", "AAA", "Nri1/BA12", List.of(), NOW, Optional.empty());
        String wrong = "\n" + Crc16.hex(message.getBytes(StandardCharsets.US_ASCII))
                + String.format("%04X", message.length() + 1) + message + "\r";
        assertRefused(receiver.read(wrong.getBytes(StandardCharsets.US_ASCII), NOW), Refusal.BAD_LENGTH, null);
    }

    @Test
    void anUnknownAccountIsAnsweredDuh() {
        assertRefused(receiver.read(plain("BEEF", "0042", "Nri1/BA12", NOW), NOW), Refusal.UNKNOWN_ACCOUNT,
                new Answer.Duh("\"DUH\"0042R1L0#BEEF[]"));
    }

    @Test
    void anOldTimestampIsAnsweredNakWithTheReceiversTime() {
        assertRefused(receiver.read(plain("AAA", "0042", "Nri1/BA12", NOW.minusSeconds(41)), NOW), Refusal.TIMESTAMP,
                new Answer.Nak("\"NAK\"0000R0L0A0[]_19:30:00,12-07-2026"));
        assertThat(receiver.read(plain("AAA", "0042", "Nri1/BA12", NOW.minusSeconds(40)), NOW))
                .isInstanceOf(Reception.Accepted.class);
        assertRefused(receiver.read(plain("AAA", "0042", "Nri1/BA12", NOW.plusSeconds(21)), NOW), Refusal.TIMESTAMP,
                new Answer.Nak("\"NAK\"0000R0L0A0[]_19:30:00,12-07-2026"));
        assertThat(receiver.read(plain("AAA", "0042", "Nri1/BA12", NOW.plusSeconds(20)), NOW))
                .isInstanceOf(Reception.Accepted.class);
    }

    @Test
    void aPlainFrameWithoutTimestampIsTaken() {
        assertThat(receiver.read(plain("AAA", "0042", "Nri1/BA12", null), NOW)).isInstanceOf(Reception.Accepted.class);
    }

    @Test
    void anUnknownMessageTypeOrUnreadablePayloadIsAnsweredDuh() {
        byte[] dc04 = Dc09Writer.frame("\"SIA-DCX\"0042L0#AAA[Nri1/BA12]");
        assertRefused(receiver.read(dc04, NOW), Refusal.UNSUPPORTED, new Answer.Duh("\"DUH\"0042L0#AAA[]"));
        byte[] badCid = Dc09Writer.frame(writer.message("ADM-CID", "0043", "", "L0", "AAA", "#AAA|9110 01 001", List.of(),
                NOW, Optional.empty()));
        assertRefused(receiver.read(badCid, NOW), Refusal.UNSUPPORTED, new Answer.Duh("\"DUH\"0043L0#AAA[]"));
    }

    @Test
    void aPlainFrameFromAnEncryptedAccountIsAnsweredDuh() {
        assertRefused(receiver.read(plain("AAAB", "0042", "Nri1/BA12", NOW), NOW), Refusal.UNSUPPORTED,
                new Answer.Duh("\"DUH\"0042R1L0#AAAB[]"));
    }

    static Stream<Arguments> keys() {
        return Stream.of(
                Arguments.of(AesKey.hex("key", "000102030405060708090A0B0C0D0E0F"), 128),
                Arguments.of(AesKey.hex("key", "000102030405060708090A0B0C0D0E0F1011121314151617"), 192),
                Arguments.of(AesKey.hex("key", "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F"), 256),
                Arguments.of(AesKey.text("key", "0123456789ABCDEFGHIJKLMN"), 192));
    }

    @ParameterizedTest
    @MethodSource("keys")
    void encryptedFramesAreReadWithEachKeySizeAndAnsweredEncrypted(AesKey key, int bits) {
        assertThat(key.bits()).isEqualTo(bits);
        Dc09Receiver withKey = new Dc09Receiver(a -> Optional.of(new Dc09Account(a, Optional.of(key))),
                TimestampWindow.STANDARD, new Random(3));
        byte[] frame = Dc09Writer.frame(writer.message("ADM-CID", "0007", "R12", "L3", "5678", "#5678|1130 02 015",
                List.of(), NOW.minusSeconds(1), Optional.of(key)));

        Reception reception = withKey.read(frame, NOW);

        assertThat(reception).isInstanceOfSatisfying(Reception.Accepted.class, accepted -> {
            assertThat(accepted.payload()).isEqualTo(
                    new Payload.ContactId(Payload.ContactId.Qualifier.NEW, "130", "02", "015"));
            assertThat(accepted.frame().encrypted()).isTrue();
            String ack = accepted.ack().message();
            assertThat(ack).startsWith("\"*ACK\"0007R12L3#5678[");
            assertThat(decrypted(key, ack.substring(ack.indexOf('[') + 1))).endsWith("]_19:30:00,12-07-2026");
        });
    }

    @Test
    void badPaddingOrBrokenCipherTextIsAnsweredNak() {

        {
            String head = "\"*SIA-DCS\"0042L0#AAAB[";
            // not whole blocks
            assertRefused(receiver.read(Dc09Writer.frame(head + "B4BC8B40D0E6D959D6BEA78E88CC0B"), NOW),
                    Refusal.ENCRYPTION, new Answer.Nak("\"NAK\"0000R0L0A0[]_19:30:00,12-07-2026"));
            // whole blocks whose clear text has no pad separator at all: 32 bytes of 'A' encrypted
            byte[] noSeparator = PYSIA_KEY.encrypt("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA".getBytes(StandardCharsets.US_ASCII));
            assertRefused(receiver.read(Dc09Writer.frame(head + HexFormat.of().formatHex(noSeparator)), NOW),
                    Refusal.ENCRYPTION, new Answer.Nak("\"NAK\"0000R0L0A0[]_19:30:00,12-07-2026"));
        }
    }

    @Test
    void anEncryptedFrameWithoutTimestampIsAnsweredNak() {
        String clear = "000000000000000000000|Nri1/BA12]";
        assertThat(clear.length() % 16).isZero();
        byte[] cipher = PYSIA_KEY.encrypt(clear.getBytes(StandardCharsets.US_ASCII));
        byte[] frame = Dc09Writer.frame("\"*SIA-DCS\"0042L0#AAAB[" + HexFormat.of().formatHex(cipher));
        assertRefused(receiver.read(frame, NOW), Refusal.TIMESTAMP,
                new Answer.Nak("\"NAK\"0000R0L0A0[]_19:30:00,12-07-2026"));
    }

    @Test
    void keysOfTheWrongFormAreRefusedNamingTheField() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AesKey.hex("alarms.accounts[0].keyEnv", "ABC"))
                .hasMessage("alarms.accounts[0].keyEnv: must be 32, 48 or 64 hex digits (AES-128, -192 or -256)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AesKey.text("k", "158888888888888"))
                .hasMessageStartingWith("k: must be 16, 24 or 32");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Dc09Account("ZZZ", Optional.empty()))
                .hasMessage("account: must be 3-16 hex digits");
    }

    private static void assertRefused(Reception reception, Refusal refusal, Answer answer) {
        assertThat(reception).isInstanceOfSatisfying(Reception.Refused.class, refused -> {
            assertThat(refused.refusal()).isEqualTo(refusal);
            assertThat(refused.answer()).isEqualTo(Optional.ofNullable(answer));
        });
    }

    private static String decrypted(AesKey key, String hex) {
        return new String(key.decrypt(HexFormat.of().parseHex(hex)), StandardCharsets.US_ASCII);
    }
}
