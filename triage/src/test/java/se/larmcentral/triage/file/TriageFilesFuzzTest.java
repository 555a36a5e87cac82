package se.larmcentral.triage.file;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.fuzz.Fuzzing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 8: the medical index and the response rules under seeded mutations of the shipped files. */
class TriageFilesFuzzTest {

    private static final SortedSet<Integer> SCALE = new TreeSet<>(List.of(1, 2, 3, 4));

    @Test
    @Timeout(120)
    void everyMutatedIndexIsReadWithItsProblemsOrRefused() {
        Fuzzing.Tally tally = Fuzzing.run("triage MedicalIndexFile",
                List.of(MedicalIndexFileTest.VALID, resource(MedicalIndexFile.GENERIC_RESOURCE)), 600,
                Set.of(IndexFileException.class, DomainException.class),
                text -> MedicalIndexFile.read(new StringReader(text), "index.yaml", SCALE).problems());
        assertThat(tally.accepted()).isPositive();
    }

    @Test
    @Timeout(120)
    void everyMutatedRuleFileIsReadOrRefused() {
        Fuzzing.Tally tally = Fuzzing.run("triage RegionalRulesFile",
                List.of(resource(RegionalRulesFile.STOCKHOLM_RESOURCE)), 1_000,
                Set.of(IndexFileException.class, DomainException.class),
                text -> RegionalRulesFile.read(new StringReader(text), "rules.yaml"));
        assertThat(tally.refused()).isPositive();
        assertThat(tally.accepted()).isPositive();
    }

    private static String resource(String name) {
        try (InputStream in = TriageFilesFuzzTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
