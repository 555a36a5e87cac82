package se.larmcentral.triage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.larmcentral.core.Actor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every criterion of the shipped index is reachable through the interview: for each, answers are found under
 * which it is the settled proposal, and the interview is then driven question by question, answering only what
 * it asks, until it settles there.
 */
class InterviewReachabilityTest {

    static Stream<Arguments> criteria() {
        MedicalIndex index = Shipped.CONFIG.index();
        Stream<Arguments> keys = index.keyCriteriaInOrder().stream().map(c -> arguments(null, c.code()));
        Stream<Arguments> chapters = index.chapters().stream().flatMap(chapter -> chapter.criteria().stream()
                .filter(c -> !(chapter.askKeyQuestions() && index.keyCriteria().contains(c.code())))
                .map(c -> arguments(chapter.id(), c.code())));
        return Stream.concat(keys, chapters);
    }

    @Test
    void everyCriterionOfTheIndexIsCovered() {
        long covered = criteria().count();
        long all = Shipped.CONFIG.index().chapters().stream().mapToLong(c -> c.criteria().size()).sum();
        assertThat(covered).isEqualTo(all);
        assertThat(all).isGreaterThanOrEqualTo(150);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("criteria")
    void theInterviewCanEndAtEveryCriterion(String chapterId, String code) {
        MedicalIndex index = Shipped.CONFIG.index();
        Chapter chapter = chapterId == null ? null : index.chapter(chapterId).orElseThrow();
        Criterion target = index.criterion(code).orElseThrow();
        Map<String, Boolean> truth = Reachability.witness(index, chapter, target).orElseThrow();

        Journal journal = new Journal();
        AssessmentView view = journal.submit(new StartAssessment("case-r", chapterId));
        int rounds = 0;
        while (!view.nextQuestions().isEmpty()) {
            Map<String, Boolean> answers = new LinkedHashMap<>();
            for (Question q : view.nextQuestions()) {
                assertThat(truth).as("the interview asked %s, which the witness does not answer", q.id())
                        .containsKey(q.id());
                answers.put(q.id(), truth.get(q.id()));
            }
            view = journal.submit(new AnswerQuestions("case-r", answers));
            assertThat(++rounds).isLessThan(40);
        }
        assertThat(view.proposal().code()).isEqualTo(code);
        assertThat(view.proposal().settled()).isTrue();
        AssessmentView decided = journal.submit(new ConfirmCriterion("case-r", null,
                Actor.person("operator-1")));
        assertThat(decided.priority()).isEqualTo(target.priority());
        assertThat(decided.response().unit()).isEqualTo(target.response().unit());
        List<String> answered = journal.events(TriageEvent.AnswerRecorded.class).stream()
                .map(TriageEvent.AnswerRecorded::question).toList();
        List<String> asked = journal.events(TriageEvent.QuestionsAsked.class).stream()
                .flatMap(e -> e.questions().stream()).toList();
        assertThat(asked).containsAll(answered);
    }
}
