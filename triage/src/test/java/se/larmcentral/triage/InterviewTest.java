package se.larmcentral.triage;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.InvalidInputException;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine as a pure function, and the non-interactive assessment built on the commands. */
class InterviewTest {

    private static final MedicalIndex INDEX = Shipped.CONFIG.index();
    private static final Instant AT = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void keyCriteriaComeFirstInEveryChapterThatAsksTheKeyQuestions() {
        List<Criterion> candidates = Interview.candidates(INDEX, INDEX.chapter("chest-pain").orElseThrow());
        assertThat(candidates).extracting(Criterion::code).startsWith("A.01.01", "A.02.01", "A.03.01", "A.04.01");
        assertThat(Interview.candidates(INDEX, INDEX.chapter("transport-between-units").orElseThrow()))
                .extracting(Criterion::code).containsExactly("A.29.01", "H.29.02", "V.29.03", "V.29.04");
    }

    @Test
    void theQuestionsAskedAreThoseOfTheMostUrgentCriterionStillPossible() {
        Chapter chestPain = INDEX.chapter("chest-pain").orElseThrow();
        InterviewStep step = Interview.next(INDEX, chestPain, Map.of("conscious", true, "breathing-normally", true,
                "chest-pain-severe-central", true));
        assertThat(step.nextQuestions()).extracting(Question::id).containsExactly("chest-pain-over-5-minutes");
        assertThat(step.proposal().code()).isEqualTo("V.04.07");
        assertThat(step.proposal().settled()).isFalse();
        assertThat(step.proposal().why()).contains("not settled: A.04.01 (priority 1) is still possible");
    }

    @Test
    void anUnconsciousPatientIsPriorityOneWhicheverChapterWasChosen() {
        for (Chapter chapter : INDEX.chapters()) {
            if (!chapter.askKeyQuestions()) {
                continue;
            }
            InterviewStep step = Interview.next(INDEX, chapter, Map.of("conscious", false, "breathing-normally", false));
            assertThat(step.proposal().code()).as(chapter.id()).isEqualTo("A.01.01");
            assertThat(step.proposal().settled()).isTrue();
        }
    }

    @Test
    void expectedDeathDoesNotTurnIntoCprThroughTheKeyQuestions() {
        AssessmentView view = BatchAssessment.run(Shipped.CONFIG, "expected-death",
                Map.of("obvious-signs-of-death", false, "death-expected-with-plan", true), AT);
        assertThat(view.proposal().code()).isEqualTo("V.28.03");
        assertThat(view.response().action()).isEqualTo(DispatchAction.BOOK_TRANSPORT_OR_REFER);
    }

    @Test
    void theBatchAssessmentAcceptsAnswersToQuestionsThatEarlierAnswersOpen() {
        AssessmentView view = BatchAssessment.run(Shipped.CONFIG, "22", AnswerArguments.parse(List.of(
                "conscious=yes", "breathing-normally=yes", "child-limp-or-unresponsive=no", "rash-not-fading=no",
                "child-fever-convulsion=no", "child-under-3-months=yes")), AT);
        assertThat(view.proposal().code()).isEqualTo("H.22.04");
        assertThat(view.response().lightsAndSirens()).isFalse();
    }

    @Test
    void theBatchAssessmentRefusesAnswersTheInterviewNeverAsks() {
        assertThatThrownBy(() -> BatchAssessment.run(Shipped.CONFIG, "chest-pain", AnswerArguments.parse(List.of(
                "conscious=no", "breathing-normally=no", "near-fainting=yes")), AT))
                .isInstanceOf(se.larmcentral.core.ConflictException.class)
                .hasMessageContaining("question 'near-fainting' has not been asked");
    }

    @Test
    void answerArgumentsMustBeQuestionEqualsYesOrNo() {
        assertThat(AnswerArguments.parse(List.of("conscious=ja", "breathing-normally=NO")))
                .containsExactly(Map.entry("conscious", true), Map.entry("breathing-normally", false));
        assertThatThrownBy(() -> AnswerArguments.parse(List.of("conscious")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("answer[0]");
        assertThatThrownBy(() -> AnswerArguments.parse(List.of("conscious=yes", "conscious=maybe")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("answer[1]").hasMessageContaining("maybe");
        assertThatThrownBy(() -> AnswerArguments.parse(List.of("conscious=yes", "conscious=no")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("answered twice");
    }

    @Test
    void anInvalidIndexCannotBeUsedForAssessments() {
        Chapter broken = new Chapter(1, "only", Text.plain("Only"), true, List.of(new Criterion("A.01.01", 1, Text.plain("x"),
                List.of(new Finding("nobody-asks-this", true)), new Response(UnitType.AMBULANCE, null, List.of()),
                List.of(), List.of())), List.of());
        MedicalIndex index = new MedicalIndex("v", List.of(), Text.plain("t"), Text.plain("n"), List.of(), List.of(), List.of(), List.of(), List.of(broken));
        assertThatThrownBy(() -> new TriageConfig(index, Shipped.CONFIG.rules()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chapters[only].criteria[0].when[0]: unknown question 'nobody-asks-this'")
                .hasMessageContaining("chapters[only].criteria: chapter has no least-urgent default");
    }
}
