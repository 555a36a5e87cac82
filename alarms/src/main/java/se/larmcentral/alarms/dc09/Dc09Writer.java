package se.larmcentral.alarms.dc09;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Builds DC-09 messages: the receiver's encrypted ACK, and a transmitter's messages for the tests and the bench.
 * Encrypted data is {@code <pad>|<data>]<x-data><timestamp>} (or {@code <pad>]<timestamp>} when the data is
 * empty, as panels send link tests and ACKs), padded at the front to whole AES blocks with 1-16 pad characters
 * that are never {@code |}, {@code [} or {@code ]}.
 */
public final class Dc09Writer {

    private static final char[] PAD = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    private final RandomGenerator random;

    public Dc09Writer(RandomGenerator random) {
        this.random = random;
    }

    /**
     * The message text (what the CRC and length cover).
     *
     * @param id        the token ({@code SIA-DCS}, {@code ACK}); marked {@code *} when {@code key} is present
     * @param data      what goes between the brackets (without pad)
     * @param timestamp the time to send, or null for none (plain messages only)
     */
    public String message(String id, String sequence, String receiver, String prefix, String account, String data,
                          List<String> extended, Instant timestamp, Optional<AesKey> key) {
        StringBuilder tail = new StringBuilder();
        extended.forEach(x -> tail.append('[').append(x).append(']'));
        if (timestamp != null) {
            tail.append(Dc09Timestamp.format(timestamp));
        }
        String head = "\"" + (key.isPresent() ? "*" : "") + id + "\"" + sequence + receiver + prefix
                + (account.isEmpty() ? "" : "#" + account) + "[";
        if (key.isEmpty()) {
            return head + data + "]" + tail;
        }
        String clear = (data.isEmpty() ? "" : "|" + data) + "]" + tail;
        int pad = 16 - clear.length() % 16;
        StringBuilder padded = new StringBuilder(clear.length() + pad);
        for (int i = 0; i < pad; i++) {
            padded.append(PAD[random.nextInt(PAD.length)]);
        }
        padded.append(clear);
        byte[] cipher = key.get().encrypt(padded.toString().getBytes(StandardCharsets.US_ASCII));
        return head + HexFormat.of().withUpperCase().formatHex(cipher);
    }

    /** {@code message} framed: {@code <LF><crc><0LLL><message><CR>}. */
    public static byte[] frame(String message) {
        byte[] body = message.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 10);
        out.writeBytes(("\n" + Crc16.hex(body) + String.format("%04X", body.length)).getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        out.write('\r');
        return out.toByteArray();
    }
}
