package se.larmcentral.telephony;

import se.larmcentral.core.InvalidInputException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an announcement: a WAV file (RIFF) of 8 kHz mono G.711 A-law, or 8 kHz mono 16-bit PCM (encoded to A-law
 * here), as {@code scripts/ensure-announcements} writes them. Anything else is refused naming the file and what is
 * wrong with it, so that a file the centre cannot play stops start-up rather than a caller hearing silence.
 */
final class WavFile {

    static final int FORMAT_PCM = 1;
    static final int FORMAT_ALAW = 6;
    /** Longer messages are refused: a recorded message is said in a minute or two. */
    static final int MAX_SECONDS = 180;

    private WavFile() {
    }

    static Announcement read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > (long) MAX_SECONDS * Announcement.SAMPLE_RATE * 2 + 1024) {
                throw refused(file, "is longer than " + MAX_SECONDS + " s of 8 kHz audio");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw refused(file, "cannot be read: " + e.getMessage());
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12 || !tag(in, 0).equals("RIFF") || !tag(in, 8).equals("WAVE")) {
            throw refused(file, "is not a WAV file (no RIFF/WAVE header)");
        }
        int format = -1;
        int channels = 0;
        int rate = 0;
        int bits = 0;
        int at = 12;
        while (at + 8 <= bytes.length) {
            String id = tag(in, at);
            long size = Integer.toUnsignedLong(in.getInt(at + 4));
            int body = at + 8;
            if (body + size > bytes.length) {
                size = bytes.length - body; // a streamed file's data chunk may claim more than was written
            }
            if (id.equals("fmt ")) {
                if (size < 16) {
                    throw refused(file, "has a fmt chunk of " + size + " bytes, too short");
                }
                format = Short.toUnsignedInt(in.getShort(body));
                channels = Short.toUnsignedInt(in.getShort(body + 2));
                rate = in.getInt(body + 4);
                bits = Short.toUnsignedInt(in.getShort(body + 14));
            } else if (id.equals("data")) {
                if (format < 0) {
                    throw refused(file, "has its data before its fmt chunk");
                }
                checkFormat(file, format, channels, rate, bits);
                return new Announcement(file.getFileName().toString(), samples(bytes, body, (int) size, format));
            }
            at = body + (int) size + (int) (size & 1); // chunks are padded to an even length
        }
        throw refused(file, "has no data chunk");
    }

    private static void checkFormat(Path file, int format, int channels, int rate, int bits) {
        if (format != FORMAT_ALAW && format != FORMAT_PCM) {
            throw refused(file, "is encoded as WAV format " + format + "; only G.711 A-law (6) and 16-bit PCM (1) are played");
        }
        if (format == FORMAT_PCM && bits != 16) {
            throw refused(file, "is " + bits + "-bit PCM; only 16-bit PCM (or G.711 A-law) is played");
        }
        if (channels != 1) {
            throw refused(file, "has " + channels + " channels; only mono is played");
        }
        if (rate != Announcement.SAMPLE_RATE) {
            throw refused(file, "is sampled at " + rate + " Hz; only 8000 Hz is played (sox FILE -r 8000 -c 1 -e a-law OUT.wav)");
        }
    }

    private static byte[] samples(byte[] bytes, int start, int size, int format) {
        if (format == FORMAT_ALAW) {
            byte[] alaw = new byte[size];
            System.arraycopy(bytes, start, alaw, 0, size);
            return alaw;
        }
        ByteBuffer pcm = ByteBuffer.wrap(bytes, start, size).order(ByteOrder.LITTLE_ENDIAN);
        byte[] alaw = new byte[size / 2];
        for (int i = 0; i < alaw.length; i++) {
            alaw[i] = G711.alaw(pcm.getShort());
        }
        return alaw;
    }

    private static String tag(ByteBuffer in, int at) {
        byte[] four = new byte[4];
        for (int i = 0; i < 4; i++) {
            four[i] = in.get(at + i);
        }
        return new String(four, java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static InvalidInputException refused(Path file, String reason) {
        return new InvalidInputException("telephony.announcements", file + " " + reason);
    }
}
