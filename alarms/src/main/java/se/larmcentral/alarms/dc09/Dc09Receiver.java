package se.larmcentral.alarms.dc09;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The receiver's side of DC-09 as a pure function: one frame and the receiver's time in, the verdict and its answer
 * out (no socket, no clock). Checked in this order: printable ASCII, CRC, length, header, message type, account,
 * encryption, data, timestamp window, payload.
 *
 * <p>Answers: ACK echoing sequence, receiver, prefix and account (encrypted, with the receiver's time, when the
 * message was); NAK {@code "NAK"0000R0L0A0[]<timestamp>} for a timestamp outside the window (or a decryption
 * that fails); DUH for an unknown account or a message not taken; nothing for a corrupted frame (CRC, length or
 * no header), which the transmitter sends again when no answer comes.
 */
public final class Dc09Receiver {

    /** Longest message a length field can name ({@code 0FFF}). */
    public static final int MAX_MESSAGE = 0x0FFF;

    private static final Pattern HEADER = Pattern.compile(
            "\"(\\*?)([^\"]{1,16})\"(\\d{4})(R[0-9A-Fa-f]{1,6})?(L[0-9A-Fa-f]{1,6})(?:#([0-9A-Fa-f]{3,16}))?\\[(.*)");
    private static final Pattern DATA_ACCOUNT = Pattern.compile("#([0-9A-Fa-f]{3,16})\\|");
    private static final Pattern TAIL = Pattern.compile("((?:\\[[^\\[\\]]*])*)(_[0-9:,-]+)?");
    private static final Pattern EXTENDED = Pattern.compile("\\[([^\\[\\]]*)]");

    private final Function<String, Optional<Dc09Account>> accounts;
    private final TimestampWindow window;
    private final Dc09Writer writer;

    /** @param accounts the known accounts by number (upper-case hex) */
    public Dc09Receiver(Function<String, Optional<Dc09Account>> accounts, TimestampWindow window, RandomGenerator random) {
        this.accounts = accounts;
        this.window = window;
        this.writer = new Dc09Writer(random);
    }

    /** Reads one frame: with or without its {@code <LF>} and {@code <CR>}. */
    public Reception read(byte[] frame, Instant now) {
        int from = frame.length > 0 && frame[0] == '\n' ? 1 : 0;
        int to = frame.length > from && frame[frame.length - 1] == '\r' ? frame.length - 1 : frame.length;
        for (int i = from; i < to; i++) {
            if (frame[i] < 0x20 || frame[i] > 0x7E) {
                return dropped(Refusal.MALFORMED, "a byte outside printable ASCII at " + (i - from));
            }
        }
        String text = new String(frame, from, to - from, StandardCharsets.US_ASCII);
        if (text.length() < 9 || !isHex(text.substring(0, 8)) || text.charAt(4) != '0') {
            return dropped(Refusal.MALFORMED, "no CRC and length field");
        }
        String body = text.substring(8);
        String crc = Crc16.hex(body.getBytes(StandardCharsets.US_ASCII));
        if (!crc.equalsIgnoreCase(text.substring(0, 4))) {
            return dropped(Refusal.BAD_CRC, "CRC " + text.substring(0, 4) + " sent, " + crc + " computed");
        }
        int length = Integer.parseInt(text.substring(4, 8), 16);
        if (length != body.length()) {
            return dropped(Refusal.BAD_LENGTH, "length " + length + " sent, " + body.length() + " received");
        }
        Matcher header = HEADER.matcher(body);
        if (!header.matches()) {
            return dropped(Refusal.MALFORMED, "no DC-09 header (\"id\"seq[R..]L..[#acct][)");
        }
        boolean encrypted = !header.group(1).isEmpty();
        String sequence = header.group(3);
        String receiver = header.group(4) == null ? "" : header.group(4);
        String prefix = header.group(5);
        String rest = header.group(7);
        String account = header.group(6);
        if (account == null && !encrypted) {
            Matcher inData = DATA_ACCOUNT.matcher(rest);
            account = inData.lookingAt() ? inData.group(1) : null;
        }
        if (account == null) {
            return dropped(Refusal.MALFORMED, "no account");
        }
        account = account.toUpperCase(Locale.ROOT);
        Optional<MessageType> type = MessageType.of(header.group(2));
        if (type.isEmpty()) {
            return duh(Refusal.UNSUPPORTED, "message type " + header.group(2) + " is not taken", sequence, receiver,
                    prefix, account);
        }
        Optional<Dc09Account> known = accounts.apply(account);
        if (known.isEmpty()) {
            return duh(Refusal.UNKNOWN_ACCOUNT, "account " + account + " is not known", sequence, receiver, prefix,
                    account);
        }
        if (encrypted != known.get().key().isPresent()) {
            return duh(Refusal.UNSUPPORTED, encrypted ? "account " + account + " has no key: it takes plain messages"
                    : "account " + account + " takes only encrypted messages", sequence, receiver, prefix, account);
        }
        String content;
        if (encrypted) {
            Optional<String> clear = decrypt(rest, known.get().key().get());
            if (clear.isEmpty()) {
                return nak(Refusal.ENCRYPTION, "the encrypted data does not decrypt to pad and data", now, account);
            }
            content = clear.get();
        } else {
            content = rest;
        }
        int close = content.indexOf(']');
        if (close < 0) {
            return duh(Refusal.UNSUPPORTED, "the data has no closing bracket", sequence, receiver, prefix, account);
        }
        String data = content.substring(0, close);
        Matcher tail = TAIL.matcher(content.substring(close + 1));
        if (!tail.matches()) {
            return duh(Refusal.UNSUPPORTED, "unreadable extended data or timestamp", sequence, receiver, prefix, account);
        }
        List<String> extended = new ArrayList<>();
        Matcher x = EXTENDED.matcher(tail.group(1));
        while (x.find()) {
            extended.add(x.group(1));
        }
        Instant timestamp = null;
        if (tail.group(2) != null) {
            Optional<Instant> sent = Dc09Timestamp.parse(tail.group(2));
            if (sent.isEmpty()) {
                return nak(Refusal.TIMESTAMP, "unreadable timestamp " + tail.group(2), now, account);
            }
            timestamp = sent.get();
            if (!window.admits(timestamp, now)) {
                return nak(Refusal.TIMESTAMP, "timestamp " + tail.group(2) + " outside the window", now, account);
            }
        } else if (encrypted) {
            return nak(Refusal.TIMESTAMP, "an encrypted message without a timestamp", now, account);
        }
        Optional<Payload> payload = Payload.read(type.get(), data);
        if (payload.isEmpty()) {
            return duh(Refusal.UNSUPPORTED, "a " + type.get().token() + " payload that cannot be read", sequence,
                    receiver, prefix, account);
        }
        Dc09Frame read = new Dc09Frame(encrypted, type.get(), sequence, receiver, prefix, account, data, extended,
                timestamp);
        String ack = writer.message("ACK", sequence, receiver, prefix, account, "", List.of(),
                encrypted ? now : null, known.get().key());
        return new Reception.Accepted(read, payload.get(), new Answer.Ack(ack));
    }

    /** The data after the pad: from the first {@code |}, or from {@code ]} when the data is empty. */
    private static Optional<String> decrypt(String hex, AesKey key) {
        if (hex.isEmpty() || hex.length() % 32 != 0 || !isHex(hex)) {
            return Optional.empty();
        }
        byte[] clear = key.decrypt(HexFormat.of().parseHex(hex));
        int start = -1;
        for (int i = 0; i < clear.length && start < 0; i++) {
            if (clear[i] == '|') {
                start = i + 1;
            } else if (clear[i] == ']') {
                start = i;
            } else if (clear[i] == '[') {
                return Optional.empty();
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        for (int i = start; i < clear.length; i++) {
            if (clear[i] < 0x20 || clear[i] > 0x7E) {
                return Optional.empty();
            }
        }
        return Optional.of(new String(clear, start, clear.length - start, StandardCharsets.US_ASCII));
    }

    private static boolean isHex(String text) {
        return text.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    private static Reception dropped(Refusal refusal, String detail) {
        return new Reception.Refused(refusal, detail, Optional.empty(), Optional.empty());
    }

    private Reception nak(Refusal refusal, String detail, Instant now, String account) {
        return new Reception.Refused(refusal, detail,
                Optional.of(new Answer.Nak("\"NAK\"0000R0L0A0[]" + Dc09Timestamp.format(now))), Optional.of(account));
    }

    private static Reception duh(Refusal refusal, String detail, String sequence, String receiver, String prefix,
                                 String account) {
        return new Reception.Refused(refusal, detail,
                Optional.of(new Answer.Duh("\"DUH\"" + sequence + receiver + prefix + "#" + account + "[]")),
                Optional.of(account));
    }
}
