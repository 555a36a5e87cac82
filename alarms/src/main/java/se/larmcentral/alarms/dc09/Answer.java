package se.larmcentral.alarms.dc09;

import java.nio.charset.StandardCharsets;

/**
 * What the receiver sends back, framed as DC-09 frames every message: {@code <LF><crc><0LLL><message><CR>}.
 * {@code message} is the text the CRC and length cover ({@code "ACK"0001L0#1234[]}).
 */
public sealed interface Answer {

    String message();

    /** The whole frame on the wire. */
    default byte[] bytes() {
        byte[] body = message().getBytes(StandardCharsets.US_ASCII);
        String head = "\n" + Crc16.hex(body) + String.format("%04X", body.length);
        byte[] frame = new byte[head.length() + body.length + 1];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, frame, 0, head.length());
        System.arraycopy(body, 0, frame, head.length(), body.length);
        frame[frame.length - 1] = '\r';
        return frame;
    }

    /** Received and recorded (kvittens). */
    record Ack(String message) implements Answer {
    }

    /** Refused for its timestamp (or a decryption that failed); carries the receiver's time. */
    record Nak(String message) implements Answer {
    }

    /** "Don't understand": an unknown account or a message this receiver does not take. */
    record Duh(String message) implements Answer {
    }
}
