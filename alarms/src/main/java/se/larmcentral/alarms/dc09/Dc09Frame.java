package se.larmcentral.alarms.dc09;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One DC-09 message as read from {@code <LF><crc><0LLL>"<id>"<seq><Rrcvr><Lpref>#<acct>[<data>]<x-data><timestamp><CR>},
 * after its CRC, length and (when {@code encrypted}) decryption were checked.
 *
 * @param encrypted the id carried {@code *}: the data, extended data and timestamp came AES-encrypted
 * @param type      the message token
 * @param sequence  the transmitter's sequence number as sent (four digits), echoed in the answer
 * @param receiver  the receiver field as sent ({@code R...}), or empty when absent
 * @param prefix    the account prefix field as sent ({@code L...})
 * @param account   the account number (3-16 hex digits)
 * @param data      what stood between the brackets, the pad removed
 * @param extended  the extended data fields ({@code [X...]}, {@code [M...]}) without their brackets
 * @param timestamp the transmitter's time, or null when the (unencrypted) message carried none
 */
public record Dc09Frame(boolean encrypted, MessageType type, String sequence, String receiver, String prefix,
                        String account, String data, List<String> extended, Instant timestamp) {

    public Dc09Frame {
        Objects.requireNonNull(type, "type");
        extended = List.copyOf(extended);
    }
}
