package se.larmcentral.telephony;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A text spoken in Swedish into a WAV the front plays, the way {@code scripts/ensure-announcements} makes the recorded
 * messages: Debian's espeak-ng (voice sv, 145 words a minute), then sox to 8 kHz mono G.711 A-law with 0.3 s of
 * silence first. The text goes in a file, never on a command line; no shell is involved.
 */
final class SpokenMessage {

    private static final long STEP_SECONDS = 30;

    private SpokenMessage() {
    }

    /** Writes {@code wav} (replacing it whole, never half-written) from {@code text}; IOException when a tool fails or is missing. */
    static void make(String text, Path wav) throws IOException {
        Path words = Files.createTempFile("larm-speech", ".txt");
        Path spoken = Files.createTempFile("larm-speech", ".wav");
        Path made = wav.resolveSibling(wav.getFileName() + ".new");
        try {
            Files.writeString(words, text);
            run(List.of("espeak-ng", "-v", "sv", "-s", "145", "-w", spoken.toString(), "-f", words.toString()));
            run(List.of("sox", spoken.toString(), "-r", "8000", "-c", "1", "-e", "a-law", "-t", "wav", made.toString(),
                    "pad", "0.3", "0.5"));
            Files.move(made, wav, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(words);
            Files.deleteIfExists(spoken);
            Files.deleteIfExists(made);
        }
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!process.waitFor(STEP_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.getFirst() + " did not finish in " + STEP_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(command.getFirst() + " was interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(command.getFirst() + " failed with exit code " + process.exitValue());
        }
    }
}
