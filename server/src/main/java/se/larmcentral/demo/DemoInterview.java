package se.larmcentral.demo;


import se.larmcentral.centre.CommandSubmitter;
import se.larmcentral.core.Actor;
import se.larmcentral.centre.CentreState;
import se.larmcentral.triage.AnswerQuestions;
import se.larmcentral.triage.AssessmentView;
import se.larmcentral.triage.Chapter;
import se.larmcentral.triage.ChooseChapter;
import se.larmcentral.triage.ConfirmCriterion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo call-taker's triage interview: answers each open question (yes two times in three), picks a chapter when
 * the index asks for one, and confirms the proposal, through the same triage commands as the API, until the
 * assessment has a priority.
 */
final class DemoInterview {

    /** More rounds than any chapter of the shipped index needs; a custom index that needs more is reported. */
    private static final int MOST_ROUNDS = 20;

    private DemoInterview() {
    }

    /** Runs the interview of the started assessment {@code caseId} to a priority and returns it. */
    static int run(CommandSubmitter submitter, String caseId, Random random, Actor by) {
        for (int round = 0; round < MOST_ROUNDS; round++) {
            AssessmentView view = submitter.read(s -> s.triage().view(caseId));
            if (view.priority() > 0) {
                return view.priority();
            }
            if (!view.openQuestions().isEmpty()) {
                Map<String, Boolean> answers = new LinkedHashMap<>();
                view.openQuestions().forEach(question -> answers.put(question, random.nextInt(3) > 0));
                submitter.execute(new AnswerQuestions(caseId, answers).on(CentreState::triage));
            } else if (view.needsChapter()) {
                List<Chapter> chapters = submitter.read(s -> s.triage().versions()
                        .configOf(s.triage().assessment(caseId).orElseThrow()).orElseThrow().index().chapters());
                String chapter = chapters.get(random.nextInt(chapters.size())).id();
                submitter.execute(new ChooseChapter(caseId, chapter).on(CentreState::triage));
            } else {
                submitter.execute(new ConfirmCriterion(caseId, null, by).on(CentreState::triage));
            }
        }
        throw new IllegalStateException("the interview found no priority in " + MOST_ROUNDS + " rounds");
    }
}
