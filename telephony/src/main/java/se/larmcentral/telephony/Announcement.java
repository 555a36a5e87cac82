package se.larmcentral.telephony;

import java.time.Duration;

/**
 * A recorded message (talsvar) ready to stream: G.711 A-law samples at 8 kHz, one byte a sample.
 *
 * @param name  the file it was read from, for the log
 * @param alaw  the samples
 */
public record Announcement(String name, byte[] alaw) {

    /** G.711's rate: 8000 samples a second. */
    public static final int SAMPLE_RATE = 8000;

    public Announcement {
        alaw = alaw.clone();
    }

    @Override
    public byte[] alaw() {
        return alaw.clone();
    }

    public int length() {
        return alaw.length;
    }

    byte sample(int index) {
        return alaw[index];
    }

    public Duration duration() {
        return Duration.ofMillis(alaw.length * 1000L / SAMPLE_RATE);
    }
}
