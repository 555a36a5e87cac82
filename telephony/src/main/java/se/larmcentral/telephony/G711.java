package se.larmcentral.telephony;

/** G.711 A-law (ITU-T G.711, the European PSTN's codec): 16-bit linear PCM to one byte a sample. */
final class G711 {

    private static final int[] SEGMENT_ENDS = {0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF};

    private G711() {
    }

    static byte alaw(short linear) {
        int value = linear >> 3; // A-law codes 13 bits
        int mask;
        if (value >= 0) {
            mask = 0xD5;
        } else {
            mask = 0x55;
            value = -value - 1;
        }
        int segment = 0;
        while (segment < SEGMENT_ENDS.length && value > SEGMENT_ENDS[segment]) {
            segment++;
        }
        if (segment >= SEGMENT_ENDS.length) {
            return (byte) (0x7F ^ mask);
        }
        int code = segment << 4;
        code |= segment < 2 ? (value >> 1) & 0x0F : (value >> segment) & 0x0F;
        return (byte) (code ^ mask);
    }
}
