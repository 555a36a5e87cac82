package se.larmcentral.triage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.larmcentral.core.Actor;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The examples of DOMAIN.md section 2, each through the interview, to the priority it states. */
class DomainExamplesTest {

    private static final Map<String, Boolean> AWAKE_AND_BREATHING = Map.of("conscious", true, "breathing-normally", true);

    static Stream<Arguments> examples() {
        return Stream.of(
                arguments("unconscious adult not breathing normally", "unconscious-not-breathing",
                        Map.of("conscious", false, "breathing-normally", false), "A.01.01", 1),
                arguments("unconscious but breathing normally", "unconscious-breathing",
                        Map.of("conscious", false, "breathing-normally", true), "A.02.01", 1),
                arguments("severe central chest pain over 5 minutes", "chest-pain",
                        with(Map.of("chest-pain-severe-central", true, "chest-pain-over-5-minutes", true)), "A.04.01", 1),
                arguments("chest pain with near-fainting", "chest-pain",
                        with(Map.of("chest-pain-severe-central", false, "near-fainting", true)), "A.04.02", 1),
                arguments("chest pain with clammy skin", "chest-pain",
                        with(Map.of("chest-pain-severe-central", false, "near-fainting", false, "pale-clammy", true)),
                        "A.04.03", 1),
                arguments("chest pain radiating to jaw or arm", "chest-pain",
                        with(Map.of("chest-pain-severe-central", false, "near-fainting", false, "pale-clammy", false,
                                "pain-radiates-jaw-arm", true)), "A.04.04", 1),
                arguments("chest pain, not severe, no other symptoms", "chest-pain",
                        with(Map.of("chest-pain-severe-central", false, "near-fainting", false, "pale-clammy", false,
                                "pain-radiates-jaw-arm", false, "chest-pain-breathless", false,
                                "pain-only-breathing-movement", false)), "H.04.06", 2),
                arguments("pain only on deep breathing or movement", "chest-pain",
                        with(Map.of("chest-pain-severe-central", false, "near-fainting", false, "pale-clammy", false,
                                "pain-radiates-jaw-arm", false, "chest-pain-breathless", false,
                                "pain-only-breathing-movement", true)), "V.04.07", 3),
                arguments("transport home from hospital", "transport-between-units",
                        Map.of("transport-urgent-care", false, "transport-needs-monitoring", false), "V.29.04", 4));
    }

    private static Map<String, Boolean> with(Map<String, Boolean> chapterAnswers) {
        var all = new java.util.LinkedHashMap<>(AWAKE_AND_BREATHING);
        all.putAll(chapterAnswers);
        return all;
    }

    @ParameterizedTest(name = "{0} -> priority {4}")
    @MethodSource("examples")
    void eachExampleGivesItsStatedPriority(String example, String chapter, Map<String, Boolean> answers, String code,
                                           int priority) {
        AssessmentView view = BatchAssessment.run(Shipped.CONFIG, chapter, answers, Instant.parse("2025-03-01T10:00:00Z"));
        assertThat(view.proposal().code()).isEqualTo(code);
        assertThat(view.proposal().priority()).isEqualTo(priority);
        assertThat(view.proposal().settled()).isTrue();
        assertThat(view.nextQuestions()).isEmpty();
        assertThat(view.response().priority()).isEqualTo(priority);

        Journal journal = new Journal();
        journal.submit(new StartAssessment("case-1", chapter));
        journal.submit(new AnswerQuestions("case-1", answers));
        AssessmentView decided = journal.submit(new ConfirmCriterion("case-1", null,
                Actor.person("operator-1")));
        assertThat(decided.priority()).isEqualTo(priority);
        assertThat(journal.events(TriageEvent.CriterionConfirmed.class)).singleElement()
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.priority()).isEqualTo(priority);
                    assertThat(e.indexVersion()).isEqualTo("generic-2025.1");
                });
    }
}
