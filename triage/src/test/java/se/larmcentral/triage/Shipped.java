package se.larmcentral.triage;

import se.larmcentral.triage.file.TriageConfigFiles;

/** The shipped index with Stockholm's rules, loaded once for the tests. */
final class Shipped {

    static final TriageConfig CONFIG = TriageConfigFiles.shipped();

    private Shipped() {
    }
}
