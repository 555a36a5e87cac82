package se.larmcentral.triage;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The index and the region's response rules an assessment runs on; checked together when made, so the
 * interview only ever sees a valid index.
 */
public record TriageConfig(MedicalIndex index, RegionalResponseRules rules) {

    public TriageConfig {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(rules, "rules");
        List<IndexProblem> problems = IndexValidator.validate(index, rules.scale());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the medical index is not valid for " + rules.region() + ":\n"
                    + problems.stream().map(IndexProblem::toString).collect(Collectors.joining("\n")));
        }
    }

    /** The chapter an assessment is in, or {@code null} for none. */
    Chapter chapterOf(Assessment assessment) {
        return assessment.chapter() == null ? null : index.chapter(assessment.chapter()).orElseThrow();
    }

    InterviewStep step(Assessment assessment) {
        return Interview.next(index, chapterOf(assessment), assessment.answers());
    }
}
