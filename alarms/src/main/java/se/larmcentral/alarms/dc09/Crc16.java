package se.larmcentral.alarms.dc09;

/** CRC-16/ARC (polynomial 0xA001 reflected, initial 0), the check DC-09 puts before each message's length. */
final class Crc16 {

    private Crc16() {
    }

    static int of(byte[] bytes) {
        int crc = 0;
        for (byte b : bytes) {
            crc ^= b & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
        }
        return crc;
    }

    /** Four upper-case hex digits, as the frame carries it. */
    static String hex(byte[] bytes) {
        return String.format("%04X", of(bytes));
    }
}
