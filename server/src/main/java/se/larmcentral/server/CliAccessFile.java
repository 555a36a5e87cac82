package se.larmcentral.server;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The running centre's door for the command line on this machine: {@code <dataDir>/cli-access.json} names the URL
 * it answers on and a read-only token made anew at each start, readable by the user running the centre only (mode
 * 0600, written to a private temporary file and moved in place). Whoever can read it can also read the journal
 * under the same folder, so it grants nothing new; the token reads only ({@link se.larmcentral.web.auth.LocalCliAuthenticator}).
 * Removed when the centre stops; a stale file after a crash is harmless: the tool finds nobody answering and opens
 * the journal.
 */
public final class CliAccessFile implements AutoCloseable {

    public static final String NAME = "cli-access.json";
    private static final String TOKEN_PREFIX = "larm-cli-";

    /** What the file holds. */
    public record Content(String url, String token, long pid) {
    }

    private final Path file;
    private final Content content;

    private CliAccessFile(Path file, Content content) {
        this.file = file;
        this.content = content;
    }

    /** A fresh random token (256 bits), as the file will carry it. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Writes the file under {@code dataDir} (created when missing), owner-only. */
    public static CliAccessFile write(Path dataDir, String url, String token) {
        Content content = new Content(url, token, ProcessHandle.current().pid());
        try {
            Files.createDirectories(dataDir);
            Path target = dataDir.resolve(NAME);
            Path temporary = Files.createTempFile(dataDir, ".cli-access", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(temporary, new ObjectMapper().writeValueAsBytes(content));
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return new CliAccessFile(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dataDir.resolve(NAME) + " (the command line's access to"
                    + " this centre): " + e.getMessage(), e);
        }
    }

    /** The file under {@code dataDir}, when there is one and it can be read. */
    public static java.util.Optional<Content> read(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new ObjectMapper().readValue(file.toFile(), Content.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (a running centre's access for the command line;"
                    + " it is readable by the user running the centre only): " + e.getMessage(), e);
        }
    }

    public Content content() {
        return content;
    }

    /** Removes the file, unless another centre on the same folder has written its own since. */
    @Override
    public void close() {
        try {
            if (read(file.getParent()).map(c -> c.token().equals(content.token())).orElse(false)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not remove " + file + ": " + e.getMessage());
        }
    }
}
