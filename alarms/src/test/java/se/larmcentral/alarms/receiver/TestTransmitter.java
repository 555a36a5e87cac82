package se.larmcentral.alarms.receiver;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;

/**
 * An alarm transmitter written here from the standard, sharing no code with the receiver: it frames messages
 * ({@code <LF><crc><0LLL>"id"seq..[data]<timestamp><CR>}, CRC-16/ARC), encrypts them (AES-CBC, zero IV, pad at
 * the front) and sends them over TCP or UDP, returning the answer frame (or empty when none came in time).
 */
final class TestTransmitter implements AutoCloseable {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("'_'HH:mm:ss','MM-dd-yyyy")
            .withZone(ZoneOffset.UTC);

    private final InetSocketAddress receiver;
    private final boolean tcp;
    private Socket socket;
    private DatagramSocket datagrams;

    private TestTransmitter(InetSocketAddress receiver, boolean tcp, String localHost) throws IOException {
        this.receiver = receiver;
        this.tcp = tcp;
        if (tcp) {
            socket = new Socket();
            socket.bind(new InetSocketAddress(localHost, 0));
            socket.connect(receiver, 2000);
        } else {
            datagrams = new DatagramSocket(new InetSocketAddress(localHost, 0));
        }
    }

    static TestTransmitter tcp(int port) throws IOException {
        return new TestTransmitter(new InetSocketAddress("127.0.0.1", port), true, "127.0.0.1");
    }

    static TestTransmitter udp(int port) throws IOException {
        return udp(port, "127.0.0.1");
    }

    /** Over UDP from another loopback address (another transmitter host). */
    static TestTransmitter udp(int port, String localHost) throws IOException {
        return new TestTransmitter(new InetSocketAddress("127.0.0.1", port), false, localHost);
    }

    /** The message text of a plain message. */
    static String plain(String id, String sequence, String account, String data, Instant timestamp) {
        return "\"" + id + "\"" + sequence + "L0#" + account + "[" + data + "]"
                + (timestamp == null ? "" : TIMESTAMP.format(timestamp));
    }

    /** The message text of an encrypted message: {@code [} then hex of AES(pad|data]timestamp). */
    static String encrypted(String id, String sequence, String account, String data, Instant timestamp, byte[] key) {
        String clear = (data.isEmpty() ? "" : "|" + data) + "]" + TIMESTAMP.format(timestamp);
        String padded = "X".repeat(16 - clear.length() % 16) + clear;
        return "\"*" + id + "\"" + sequence + "L0#" + account + "[" + HexFormat.of().withUpperCase().formatHex(
                aes(Cipher.ENCRYPT_MODE, key, padded.getBytes(StandardCharsets.US_ASCII)));
    }

    static String decrypt(byte[] key, String hex) {
        return new String(aes(Cipher.DECRYPT_MODE, key, HexFormat.of().parseHex(hex)), StandardCharsets.US_ASCII);
    }

    /** {@code <LF><crc><0LLL><message><CR>}. */
    static byte[] frame(String message) {
        byte[] body = message.getBytes(StandardCharsets.US_ASCII);
        return ("\n" + String.format("%04X", crc(body)) + String.format("%04X", body.length) + message + "\r")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static int crc(byte[] bytes) {
        int crc = 0;
        for (byte b : bytes) {
            int value = b & 0xFF;
            for (int i = 0; i < 8; i++) {
                boolean xor = ((crc ^ value) & 1) != 0;
                crc >>>= 1;
                if (xor) {
                    crc ^= 0xA001;
                }
                value >>>= 1;
            }
        }
        return crc;
    }

    /** Sends the frame and waits up to {@code waitMillis} for an answer: its message text (no CRC, length, LF, CR). */
    Optional<String> send(byte[] frame, int waitMillis) throws IOException {
        if (tcp) {
            socket.getOutputStream().write(frame);
            socket.getOutputStream().flush();
            socket.setSoTimeout(waitMillis);
            try {
                return Optional.of(readTcpAnswer(socket.getInputStream()));
            } catch (SocketTimeoutException e) {
                return Optional.empty();
            }
        }
        datagrams.send(new DatagramPacket(frame, frame.length, receiver));
        return receiveUdp(waitMillis);
    }

    /** Sends over UDP without waiting. */
    void fire(byte[] frame) throws IOException {
        datagrams.send(new DatagramPacket(frame, frame.length, receiver));
    }

    Optional<String> receiveUdp(int waitMillis) throws IOException {
        datagrams.setSoTimeout(waitMillis);
        byte[] buffer = new byte[8192];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
            datagrams.receive(packet);
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        }
        return Optional.of(checked(new String(buffer, 0, packet.getLength(), StandardCharsets.US_ASCII)));
    }

    private static String readTcpAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            answer.write(b);
            if (b == '\r') {
                break;
            }
        }
        return checked(answer.toString(StandardCharsets.US_ASCII));
    }

    /** The answer's CRC and length checked, its message returned. */
    private static String checked(String answer) {
        if (!answer.startsWith("\n") || !answer.endsWith("\r")) {
            throw new AssertionError("answer not framed LF...CR: " + answer);
        }
        String message = answer.substring(9, answer.length() - 1);
        String crc = String.format("%04X", crc(message.getBytes(StandardCharsets.US_ASCII)));
        if (!answer.substring(1, 5).equals(crc) || Integer.parseInt(answer.substring(5, 9), 16) != message.length()) {
            throw new AssertionError("answer's CRC or length wrong: " + answer);
        }
        return message;
    }

    private static byte[] aes(int mode, byte[] key, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(new byte[16]));
            return cipher.doFinal(input);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
        }
        if (datagrams != null) {
            datagrams.close();
        }
    }
}
