package se.larmcentral.triage;

import se.larmcentral.triage.file.TriageConfigFiles;

/** The shipped index with Stockholm's rules, loaded once for the tests. */
final class Shipped {

    static final TriageConfig CONFIG = TriageConfigFiles.shipped();

    /** The shipped index's text. */
    static String indexText() {
        return resource(se.larmcentral.triage.file.MedicalIndexFile.GENERIC_RESOURCE);
    }

    /** Stockholm's response rules' text. */
    static String rulesText() {
        return resource(se.larmcentral.triage.file.RegionalRulesFile.STOCKHOLM_RESOURCE);
    }

    /**
     * The shipped index as a newer version: {@code generic-2025.2}, where the chest-pain default V.04.07 is
     * priority 4 instead of 3.
     */
    static String newerIndexText() {
        String text = indexText().replace("version: generic-2025.1", "version: generic-2025.2");
        String changed = text.replaceFirst("(code: V\\.04\\.07\\s*\\n\\s*priority:) 3", "$1 4");
        if (changed.equals(text) || !changed.contains("generic-2025.2")) {
            throw new AssertionError("the shipped index no longer has what the test changes");
        }
        return changed;
    }

    private static String resource(String name) {
        try (var in = Shipped.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Shipped() {
    }
}
