package se.larmcentral.triage;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.Actor;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.Recorded;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssessmentCommandsTest {

    private static final TriageConfig CONFIG = Shipped.CONFIG;
    private static final Actor NURSE = Actor.person("nurse-anna");

    private final Journal journal = new Journal();

    private AssessmentView chestPainNotSevere(String caseId) {
        journal.submit(new StartAssessment(caseId, "4"));
        return journal.submit(new AnswerQuestions(caseId, ordered(
                "conscious", true, "breathing-normally", true, "chest-pain-severe-central", false,
                "near-fainting", false, "pale-clammy", false, "pain-radiates-jaw-arm", false,
                "chest-pain-breathless", false, "pain-only-breathing-movement", false)));
    }

    private static Map<String, Boolean> ordered(Object... pairs) {
        Map<String, Boolean> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Boolean) pairs[i + 1]);
        }
        return map;
    }

    private void assertRefusedAndNothingStored(Runnable submit, Class<? extends DomainException> type, String field,
                                               String message) {
        int before = journal.recorded.size();
        List<Assessment> stateBefore = List.copyOf(journal.state.assessments());
        assertThatThrownBy(submit::run).isInstanceOf(type).hasMessageContaining(message)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo(field));
        assertThat(journal.recorded).hasSize(before);
        assertThat(journal.state.assessments()).containsExactlyElementsOf(stateBefore);
    }

    @Test
    void startingFromTheKeyQuestionsAsksConsciousAndBreathingFirst() {
        AssessmentView view = journal.submit(new StartAssessment("case-1", null));
        assertThat(view.nextQuestions()).extracting(Question::id).containsExactly("conscious", "breathing-normally");
        assertThat(view.proposal()).isNull();
        assertThat(view.indexVersion()).isEqualTo("generic-2025.1");
        assertThat(journal.events()).containsExactly(
                new TriageEvent.AssessmentStarted("case-1", "generic-2025.1", null, "stockholm-2016.1"),
                new TriageEvent.QuestionsAsked("case-1", List.of("conscious", "breathing-normally")));
    }

    @Test
    void notBreathingNormallyGivesPriorityOneAtOnceEvenBeforeConsciousnessIsKnown() {
        journal.submit(new StartAssessment("case-1", "chest-pain"));
        AssessmentView view = journal.submit(new AnswerQuestions("case-1", Map.of("breathing-normally", false)));
        assertThat(view.proposal().priority()).isEqualTo(1);
        assertThat(view.proposal().code()).isEqualTo("A.03.01");
        assertThat(view.proposal().settled()).isFalse();
        assertThat(view.nextQuestions()).extracting(Question::id).containsExactly("conscious");
        assertThat(view.response().action()).isEqualTo(DispatchAction.NEAREST_DURING_CALL);
        assertThat(view.response().lightsAndSirens()).isTrue();
    }

    @Test
    void withTheKeyQuestionsAnsweredNormallyTheInterviewAsksForAChapter() {
        journal.submit(new StartAssessment("case-1", null));
        AssessmentView view = journal.submit(new AnswerQuestions("case-1",
                Map.of("conscious", true, "breathing-normally", true)));
        assertThat(view.needsChapter()).isTrue();
        assertThat(view.proposal()).isNull();
        view = journal.submit(new ChooseChapter("case-1", "stroke"));
        assertThat(view.chapter()).isEqualTo("stroke");
        assertThat(view.nextQuestions()).extracting(Question::id)
                .containsExactly("stroke-signs", "stroke-within-24h", "symptoms-gone");
        assertThat(journal.events(TriageEvent.ChapterChosen.class)).containsExactly(
                new TriageEvent.ChapterChosen("case-1", "stroke"));
    }

    @Test
    void theProposalExplainsWhatMatchedAndWhatWasRuledOut() {
        AssessmentView view = chestPainNotSevere("case-1");
        assertThat(view.proposal().code()).isEqualTo("H.04.06");
        assertThat(view.proposal().why()).contains(
                "H.04.06 matches: pain-only-breathing-movement: no",
                "A.01.01 ruled out: conscious: yes",
                "A.03.01 ruled out: breathing-normally: yes",
                "A.04.01 ruled out: chest-pain-severe-central: no");
        assertThat(journal.events(TriageEvent.CriterionProposed.class).getLast())
                .satisfies(p -> assertThat(p.code()).isEqualTo("H.04.06"));
        assertThat(view.response().action()).isEqualTo(DispatchAction.SEND_AMBULANCE);
        assertThat(view.response().lightsAndSirens()).isFalse();
    }

    @Test
    void answersMayComeInAnyOrderAmongTheQuestionsAsked() {
        journal.submit(new StartAssessment("case-1", "chest-pain"));
        journal.submit(new AnswerQuestions("case-1", Map.of("breathing-normally", true)));
        AssessmentView view = journal.submit(new AnswerQuestions("case-1", Map.of("conscious", true)));
        assertThat(view.nextQuestions()).extracting(Question::id)
                .containsExactly("chest-pain-severe-central", "chest-pain-over-5-minutes");
        view = journal.submit(new AnswerQuestions("case-1", Map.of("chest-pain-over-5-minutes", true)));
        view = journal.submit(new AnswerQuestions("case-1", Map.of("chest-pain-severe-central", true)));
        assertThat(view.proposal().code()).isEqualTo("A.04.01");
        assertThat(view.proposal().settled()).isTrue();
    }

    @Test
    void anAnswerToAQuestionNotAskedIsRefusedAndNothingIsStored() {
        journal.submit(new StartAssessment("case-1", "chest-pain"));
        assertRefusedAndNothingStored(() -> journal.submit(new AnswerQuestions("case-1",
                        ordered("conscious", true, "pain-only-breathing-movement", true))),
                ConflictException.class, "answers.pain-only-breathing-movement", "has not been asked");
    }

    @Test
    void anAnswerToAQuestionOfAnotherChapterIsRefused() {
        journal.submit(new StartAssessment("case-1", "chest-pain"));
        assertRefusedAndNothingStored(() -> journal.submit(new AnswerQuestions("case-1",
                        ordered("conscious", true, "breathing-normally", true, "trapped", true))),
                ConflictException.class, "answers.trapped", "has not been asked");
    }

    @Test
    void unknownQuestionsChaptersCodesAndCasesAreRefusedAndNothingIsStored() {
        journal.submit(new StartAssessment("case-1", "chest-pain"));
        assertRefusedAndNothingStored(() -> journal.submit(new AnswerQuestions("case-1",
                Map.of("is-it-bad", true))), NotFoundException.class, "answers.is-it-bad", "no question 'is-it-bad'");
        assertRefusedAndNothingStored(() -> journal.submit(new StartAssessment("case-2", "99")),
                NotFoundException.class, "chapter", "no chapter '99'");
        assertRefusedAndNothingStored(() -> journal.submit(new ChooseChapter("case-1", "toothache")),
                NotFoundException.class, "chapter", "no chapter 'toothache'");
        assertRefusedAndNothingStored(() -> journal.submit(new ConfirmCriterion("case-1", "X.99.99", NURSE)),
                NotFoundException.class, "code", "no criterion 'X.99.99'");
        journal.submit(new StartAssessment("case-k", null));
        assertRefusedAndNothingStored(() -> journal.submit(new ConfirmCriterion("case-k", null, NURSE)),
                ConflictException.class, "code", "no criterion is proposed yet");
        chestPainNotSevere("case-3");
        assertRefusedAndNothingStored(() -> journal.submit(new ConfirmCriterion("case-3", "A.04.99", NURSE)),
                NotFoundException.class, "code", "no criterion 'A.04.99'");
        assertRefusedAndNothingStored(() -> journal.submit(new AnswerQuestions("no-such-case",
                Map.of("conscious", true))), NotFoundException.class, "caseId", "has no triage assessment");
        assertRefusedAndNothingStored(() -> journal.submit(new AnswerQuestions("case-1", Map.of())),
                InvalidInputException.class, "answers", "at least one answer");
        assertRefusedAndNothingStored(() -> journal.submit(new StartAssessment(" ", null)),
                InvalidInputException.class, "caseId", "is missing");
        assertRefusedAndNothingStored(() -> journal.submit(new StartAssessment("case-1", null)),
                ConflictException.class, "caseId", "already has an assessment");
    }

    @Test
    void aCriterionThatDoesNotMatchOrIsLessUrgentThanTheProposalCannotBeConfirmed() {
        chestPainNotSevere("case-1");
        assertRefusedAndNothingStored(() -> journal.submit(new ConfirmCriterion("case-1", "A.04.01", NURSE)),
                ConflictException.class, "code", "does not match the answers");
        assertRefusedAndNothingStored(() -> journal.submit(new ConfirmCriterion("case-1", "V.04.07", NURSE)),
                ConflictException.class, "code", "a nurse may override");
        assertRefusedAndNothingStored(() -> journal.submit(new ConfirmCriterion("case-1", "A.11.01", NURSE)),
                ConflictException.class, "code", "is not a criterion of chapter chest-pain");
    }

    @Test
    void anUnsettledProposalIsNotConfirmedAndTheRefusalNamesTheOpenQuestions() {
        journal.submit(new StartAssessment("case-1", "chest-pain"));
        AssessmentView awake = journal.submit(new AnswerQuestions("case-1",
                ordered("conscious", true, "breathing-normally", true)));
        assertThat(awake.proposal().code()).as("the chapter's least-urgent default").isEqualTo("V.04.07");
        assertThat(awake.proposal().settled()).isFalse();

        assertRefusedAndNothingStored(() -> journal.submit(new ConfirmCriterion("case-1", null, NURSE)),
                ConflictException.class, "answers", "open questions: [chest-pain-severe-central, chest-pain-over-5-minutes]");
        assertRefusedAndNothingStored(() -> journal.submit(new ConfirmCriterion("case-1", null, NURSE)),
                ConflictException.class, "answers", "the proposal V.04.07 (priority 3) is not settled: A.04.01"
                        + " (priority 1), A.04.02 (priority 1), A.04.03 (priority 1), A.04.04 (priority 1), A.04.05"
                        + " (priority 1), H.04.06 (priority 2) are still possible");
        assertRefusedAndNothingStored(() -> journal.submit(new ConfirmCriterion("case-1", "V.04.07", NURSE)),
                ConflictException.class, "code", "V.04.07 is priority 3 but A.04.01 (priority 1) is still possible");
        assertThat(journal.state.view("case-1").priority()).isZero();
        assertThat(journal.events(TriageEvent.CriterionConfirmed.class)).isEmpty();

        // Once the more urgent criteria are ruled out the same proposal is settled and may be confirmed.
        AssessmentView settled = journal.submit(new AnswerQuestions("case-1", ordered(
                "chest-pain-severe-central", false, "near-fainting", false, "pale-clammy", false,
                "pain-radiates-jaw-arm", false, "chest-pain-breathless", false, "pain-only-breathing-movement", true)));
        assertThat(settled.proposal().code()).isEqualTo("V.04.07");
        assertThat(settled.proposal().settled()).isTrue();
        AssessmentView decided = journal.submit(new ConfirmCriterion("case-1", null, NURSE));
        assertThat(decided.priority()).isEqualTo(3);
        assertThat(journal.events(TriageEvent.CriterionConfirmed.class)).containsExactly(
                new TriageEvent.CriterionConfirmed("case-1", "V.04.07", 3, true, "generic-2025.1", NURSE));
    }

    @Test
    void aCodeAsUrgentAsEveryCriterionStillPossibleMayBeConfirmedBeforeTheProposalIsSettled() {
        journal.submit(new StartAssessment("case-1", "chest-pain"));
        AssessmentView view = journal.submit(new AnswerQuestions("case-1", Map.of("breathing-normally", false)));
        assertThat(view.proposal().code()).isEqualTo("A.03.01");
        assertThat(view.proposal().settled()).as("A.01.01 is still possible").isFalse();

        assertRefusedAndNothingStored(() -> journal.submit(new ConfirmCriterion("case-1", null, NURSE)),
                ConflictException.class, "answers", "open questions: [conscious]");
        AssessmentView decided = journal.submit(new ConfirmCriterion("case-1", "A.03.01", NURSE));
        assertThat(decided.priority()).isEqualTo(1);
        assertThat(decided.decidedCode()).isEqualTo("A.03.01");
        assertThat(journal.events(TriageEvent.CriterionConfirmed.class)).containsExactly(
                new TriageEvent.CriterionConfirmed("case-1", "A.03.01", 1, false, "generic-2025.1", NURSE));

        // The answer still open cannot make the case more urgent, so it never needs review.
        AssessmentView answered = journal.submit(new AnswerQuestions("case-1", Map.of("conscious", false)));
        assertThat(answered.proposal().code()).isEqualTo("A.01.01");
        assertThat(answered.needsReview()).isFalse();
    }

    @Test
    void aDecidedCaseIsNotReprioritisedDownToAnUnsettledProposal() {
        journal.submit(new StartAssessment("case-1", "chest-pain"));
        journal.submit(new AnswerQuestions("case-1", Map.of("breathing-normally", false)));
        journal.submit(new ConfirmCriterion("case-1", "A.03.01", NURSE));

        // The answer is corrected: breathing normally after all. The chapter's default is proposed, unsettled.
        AssessmentView corrected = journal.submit(new AnswerQuestions("case-1",
                Map.of("breathing-normally", true)));
        assertThat(corrected.proposal().code()).isEqualTo("V.04.07");
        assertThat(corrected.proposal().settled()).isFalse();
        assertRefusedAndNothingStored(() -> journal.submit(new Reprioritise("case-1", null,
                "breathing normally after all", NURSE)), ConflictException.class, "answers", "open questions: [conscious]");
        assertRefusedAndNothingStored(() -> journal.submit(new Reprioritise("case-1", "V.04.07",
                "breathing normally after all", NURSE)), ConflictException.class, "code", "is still possible");
        assertThat(journal.state.view("case-1").priority()).isEqualTo(1);
    }

    @Test
    void aDecidedCaseMayBeRaisedToAMoreUrgentProposalBeforeItIsSettled() {
        journal.submit(new StartAssessment("case-1", "chest-pain"));
        journal.submit(new AnswerQuestions("case-1", ordered(
                "conscious", true, "breathing-normally", true, "chest-pain-severe-central", false,
                "near-fainting", false, "pale-clammy", false, "pain-radiates-jaw-arm", false,
                "chest-pain-breathless", false, "pain-only-breathing-movement", true)));
        assertThat(journal.submit(new ConfirmCriterion("case-1", null, NURSE)).priority()).isEqualTo(3);

        // Called back: the pain is severe after all (how long is not yet known) and not only on movement.
        AssessmentView worse = journal.submit(new AnswerQuestions("case-1",
                ordered("chest-pain-severe-central", true, "pain-only-breathing-movement", false)));
        assertThat(worse.proposal().code()).isEqualTo("H.04.06");
        assertThat(worse.proposal().settled()).as("A.04.01 is possible again").isFalse();
        assertThat(worse.needsReview()).isTrue();

        AssessmentView raised = journal.submit(new Reprioritise("case-1", null, "pain at rest", NURSE));
        assertThat(raised.priority()).isEqualTo(2);
        assertThat(raised.decidedCode()).isEqualTo("H.04.06");
        assertThat(raised.nextQuestions()).extracting(Question::id).containsExactly("chest-pain-over-5-minutes");
    }

    @Test
    void aNurseOverridesThePriorityWithAReasonAndTheOverrideIsRecorded() {
        chestPainNotSevere("case-1");
        journal.submit(new ConfirmCriterion("case-1", null, Actor.person("operator-1")));
        AssessmentView view = journal.submit(new OverridePriority("case-1", 1,
                "known heart disease, previous infarction with the same pain", NURSE), NURSE);
        assertThat(view.priority()).isEqualTo(1);
        assertThat(view.overridden()).isTrue();
        assertThat(view.decidedCode()).isEqualTo("H.04.06");
        assertThat(view.response().action()).isEqualTo(DispatchAction.NEAREST_DURING_CALL);
        assertThat(view.response().lightsAndSirens()).isTrue();
        assertThat(journal.events(TriageEvent.PriorityOverridden.class)).containsExactly(
                new TriageEvent.PriorityOverridden("case-1", "H.04.06", 2, 2, 1,
                        "known heart disease, previous infarction with the same pain", "generic-2025.1", NURSE));
        assertThat(view.history()).extracting(PriorityChange::kind, PriorityChange::to, PriorityChange::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PriorityChange.Kind.CONFIRMED, 2, "operator-1"),
                        org.assertj.core.groups.Tuple.tuple(PriorityChange.Kind.OVERRIDDEN, 1, "nurse-anna"));
    }

    @Test
    void anOverrideBeforeConfirmingDecidesThePriorityOnTheProposal() {
        chestPainNotSevere("case-1");
        AssessmentView view = journal.submit(new OverridePriority("case-1", 3, "pain known and examined today",
                NURSE));
        assertThat(view.priority()).isEqualTo(3);
        assertThat(journal.events(TriageEvent.PriorityOverridden.class).getFirst().fromPriority()).isZero();
        assertThat(view.response().action()).isEqualTo(DispatchAction.TELL_EXPECTED_WAIT);
    }

    @Test
    void badOverridesAreRefusedAndNothingIsStored() {
        chestPainNotSevere("case-1");
        assertRefusedAndNothingStored(() -> journal.submit(new OverridePriority("case-1", 1, "  ", NURSE)),
                InvalidInputException.class, "reason", "needs a reason");
        assertRefusedAndNothingStored(() -> journal.submit(new OverridePriority("case-1", 1, null, NURSE)),
                InvalidInputException.class, "reason", "needs a reason");
        assertRefusedAndNothingStored(() -> journal.submit(new OverridePriority("case-1", 5, "why not", NURSE)),
                InvalidInputException.class, "priority", "must be one of [1, 2, 3, 4]");
        assertRefusedAndNothingStored(() -> journal.submit(new OverridePriority("case-1", 1, "rule",
                Actor.SYSTEM)), InvalidInputException.class, "actor", "made by a person");
        journal.submit(new StartAssessment("case-2", null));
        assertRefusedAndNothingStored(() -> journal.submit(new OverridePriority("case-2", 1, "sounds bad",
                NURSE)), ConflictException.class, "priority", "no proposed criterion");
        journal.submit(new ConfirmCriterion("case-1", null, NURSE));
        assertRefusedAndNothingStored(() -> journal.submit(new OverridePriority("case-1", 2, "same", NURSE)),
                ConflictException.class, "priority", "already priority 2");
    }

    @Test
    void aCaseIsReprioritisedOnNewAnswersWithAReason() {
        journal.submit(new StartAssessment("case-1", "abdominal-pain"));
        journal.submit(new AnswerQuestions("case-1", ordered("conscious", true, "breathing-normally", true,
                "abdominal-aorta-signs", false, "pale-clammy", false, "pregnancy-possible", false,
                "vomiting-blood", false, "abdomen-hard-or-rigid", false, "severe-pain", false, "can-wait", false)));
        AssessmentView decided = journal.submit(new ConfirmCriterion("case-1", null, NURSE));
        assertThat(decided.priority()).isEqualTo(3);
        assertRefusedAndNothingStored(() -> journal.submit(new Reprioritise("case-1", null, "again", NURSE)),
                ConflictException.class, "code", "already rests on V.17.07");

        // The caller calls back: now pale and clammy.
        AssessmentView changed = journal.submit(new AnswerQuestions("case-1", Map.of("pale-clammy", true)));
        assertThat(changed.proposal().code()).isEqualTo("A.17.02");
        assertThat(changed.needsReview()).isTrue();
        assertThat(changed.priority()).isEqualTo(3);
        assertRefusedAndNothingStored(() -> journal.submit(new Reprioritise("case-1", null, "", NURSE)),
                InvalidInputException.class, "reason", "needs a reason");

        AssessmentView view = journal.submit(new Reprioritise("case-1", null,
                "caller called back: patient now pale and clammy", NURSE));
        assertThat(view.priority()).isEqualTo(1);
        assertThat(view.decidedCode()).isEqualTo("A.17.02");
        assertThat(view.needsReview()).isFalse();
        assertThat(journal.events(TriageEvent.Reprioritised.class)).containsExactly(new TriageEvent.Reprioritised(
                "case-1", "A.17.02", 3, 1, "caller called back: patient now pale and clammy", "generic-2025.1", NURSE));
        assertThat(view.history()).extracting(PriorityChange::kind).containsExactly(
                PriorityChange.Kind.CONFIRMED, PriorityChange.Kind.REPRIORITISED);
    }

    @Test
    void reprioritisingNeedsADecidedCase() {
        journal.submit(new StartAssessment("case-1", "chest-pain"));
        assertRefusedAndNothingStored(() -> journal.submit(new Reprioritise("case-1", null, "new info", NURSE)),
                ConflictException.class, "caseId", "confirm a criterion first");
    }

    @Test
    void aSecondConfirmationIsRefused() {
        chestPainNotSevere("case-1");
        journal.submit(new ConfirmCriterion("case-1", null, NURSE));
        assertRefusedAndNothingStored(() -> journal.submit(new ConfirmCriterion("case-1", null, NURSE)),
                ConflictException.class, "caseId", "already priority 2");
    }

    @Test
    void anAssessmentMadeWithAnotherIndexVersionCannotGoOn() {
        journal.state.apply(new Recorded(1, journal.now, NURSE,
                new TriageEvent.AssessmentStarted("old-case", "generic-2024.9", "chest-pain", null)));
        assertRefusedAndNothingStored(() -> journal.submit(new AnswerQuestions("old-case",
                Map.of("conscious", true))), ConflictException.class, "caseId", "uses index version generic-2024.9");
        AssessmentView view = journal.state.view("old-case");
        assertThat(view.indexAvailable()).isFalse();
        assertThat(view.proposal()).isNull();
    }

    @Test
    void replayingTheJournalRebuildsTheSameState() {
        chestPainNotSevere("case-1");
        journal.submit(new ConfirmCriterion("case-1", null, NURSE));
        journal.submit(new OverridePriority("case-1", 1, "nurse judgement", NURSE));
        TriageState replayed = new TriageState(() -> CONFIG, se.larmcentral.triage.file.YamlDocuments.shared());
        journal.recorded.forEach(replayed::apply);
        assertThat(replayed.assessments()).containsExactlyElementsOf(journal.state.assessments());
        assertThat(replayed.view("case-1")).isEqualTo(journal.state.view("case-1"));
    }

    @Test
    void aChangedAnswerCorrectsTheEarlierOneAndARepeatedAnswerRecordsNothing() {
        chestPainNotSevere("case-1");
        int before = journal.recorded.size();
        journal.submit(new AnswerQuestions("case-1", Map.of("near-fainting", false)));
        assertThat(journal.recorded).hasSize(before);
        AssessmentView view = journal.submit(new AnswerQuestions("case-1", Map.of("near-fainting", true)));
        assertThat(view.answers()).containsEntry("near-fainting", true);
        assertThat(view.proposal().code()).isEqualTo("A.04.02");
    }
}
