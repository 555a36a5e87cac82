package se.larmcentral.telephony;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** WAV files for tests: a tone as 16-bit PCM, or any header to be refused. */
final class TestWav {

    private TestWav() {
    }

    /** {@code millis} of a sine at {@code hertz}, 8 kHz mono 16-bit PCM. */
    static short[] tone(int hertz, int millis) {
        short[] samples = new short[Announcement.SAMPLE_RATE * millis / 1000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) (12_000 * Math.sin(2 * Math.PI * hertz * i / Announcement.SAMPLE_RATE));
        }
        return samples;
    }

    static Path pcm(Path file, short[] samples) throws IOException {
        ByteBuffer data = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short sample : samples) {
            data.putShort(sample);
        }
        return write(file, WavFile.FORMAT_PCM, 1, Announcement.SAMPLE_RATE, 16, data.array());
    }

    static Path write(Path file, int format, int channels, int rate, int bits, byte[] data) throws IOException {
        ByteBuffer out = ByteBuffer.allocate(44 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes()).putInt(36 + data.length).put("WAVE".getBytes());
        out.put("fmt ".getBytes()).putInt(16).putShort((short) format).putShort((short) channels).putInt(rate)
                .putInt(rate * channels * bits / 8).putShort((short) (channels * bits / 8)).putShort((short) bits);
        out.put("data".getBytes()).putInt(data.length).put(data);
        Files.createDirectories(file.getParent());
        return Files.write(file, out.array());
    }

    /** The A-law bytes the front must send for {@code samples}. */
    static byte[] alaw(short[] samples) {
        byte[] alaw = new byte[samples.length];
        for (int i = 0; i < samples.length; i++) {
            alaw[i] = G711.alaw(samples[i]);
        }
        return alaw;
    }
}
