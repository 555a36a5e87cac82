package se.larmcentral.server.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The shipped triage documents as text, and where a line stands in one, for tests that publish edited copies. */
public final class TriageTexts {

    private TriageTexts() {
    }

    /** A class-path resource as UTF-8 text. */
    public static String resource(String name) {
        try (InputStream in = TriageTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError("no class-path resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based number of the first line containing {@code line}. */
    public static int lineOf(String text, String line) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(line)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + line);
    }
}
