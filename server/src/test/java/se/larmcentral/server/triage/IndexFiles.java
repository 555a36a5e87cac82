package se.larmcentral.server.triage;

import se.larmcentral.triage.file.MedicalIndexFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Index and rules files for the tests: the shipped index, a broken one, and a region with three priorities. */
final class IndexFiles {

    /** Five problems: a dangling reference, a duplicate code, a code of the wrong colour, priority 5, no default. */
    static final String BROKEN = """
            format: larmcentral-medical-index/1
            version: broken-1
            title: Broken
            notice: test only
            keyQuestions: [conscious, breathing-normally]
            keyCriteria: [A.01.01]
            questions:
              conscious: Awake?
              breathing-normally: Breathing normally?
              chest-pain-severe: Severe pain?
            chapters:
              - number: 1
                id: unconscious
                title: Unconscious
                criteria:
                  - code: A.01.01
                    priority: 1
                    text: Not awake, not breathing
                    when: [not conscious, not breathing-normally]
                    response: {unit: ambulance}
                  - code: V.01.02
                    priority: 3
                    text: Otherwise
                    response: {unit: ambulance}
              - number: 4
                id: chest-pain
                title: Chest pain
                references: [heart-rhythm]
                criteria:
                  - code: A.04.01
                    priority: 1
                    text: Severe
                    when: [chest-pain-severe]
                    response: {unit: ambulance}
                  - code: A.04.01
                    priority: 5
                    text: Duplicate and off the scale
                    when: [not chest-pain-severe]
                    response: {unit: ambulance}
            """;

    /** Rules of a region whose scale stops at priority 3. */
    static final String THREE_LEVEL_RULES = """
            format: larmcentral-response-rules/1
            region: Three-level test region
            version: test-1
            priorities:
              - {priority: 1, meaning: Urgent, action: nearest-during-call, lightsAndSirens: true, instruction: Go.}
              - {priority: 2, meaning: Soon, action: send-ambulance, lightsAndSirens: false, instruction: Send.}
              - {priority: 3, meaning: Can wait, action: tell-expected-wait, lightsAndSirens: false, instruction: Wait.}
            """;

    private IndexFiles() {
    }

    /** The text of the medical index shipped with the product. */
    static String shipped() {
        try (InputStream in = MedicalIndexFile.class.getResourceAsStream(MedicalIndexFile.GENERIC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(MedicalIndexFile.GENERIC_RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
