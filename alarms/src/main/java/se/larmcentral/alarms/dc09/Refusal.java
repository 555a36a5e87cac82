package se.larmcentral.alarms.dc09;

/** Why a message was not taken. */
public enum Refusal {
    /** Not a DC-09 frame at all (no CRC or length field, bytes outside printable ASCII, no header). */
    MALFORMED,
    /** The CRC does not match the message. */
    BAD_CRC,
    /** The length field does not match the message. */
    BAD_LENGTH,
    /** The account is not one the receiver knows. */
    UNKNOWN_ACCOUNT,
    /** A message type, payload or form this receiver does not take (or plain text from an encrypted account). */
    UNSUPPORTED,
    /** The encrypted part is not whole AES blocks of hex, or decrypts to no pad and data (a wrong key). */
    ENCRYPTION,
    /** The timestamp is missing (encrypted), unreadable, or outside the receiver's window. */
    TIMESTAMP,
    /** More frames waiting from one address than its queue holds: dropped unanswered (the transmitter resends). */
    BUSY
}
