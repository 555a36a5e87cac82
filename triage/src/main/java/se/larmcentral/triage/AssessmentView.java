package se.larmcentral.triage;

import java.util.List;
import java.util.Map;

/**
 * An assessment as the API and the CLI show it: what was asked and answered, the proposal with why, what to
 * ask next, the priority and the response.
 *
 * @param indexVersion      the index version the assessment runs on (the current one when it started; it keeps it
 *                          when a newer one is published)
 * @param rulesVersion      the response rules' version it runs on, {@code null} for one recorded before
 *                          assessments named it
 * @param indexAvailable    false when the centre no longer has the assessment's index version (it was started
 *                          under another configured index): the interview cannot go on (proposal, questions and
 *                          response are then empty)
 * @param openQuestions     questions asked and not yet answered
 * @param nextQuestions     the questions that can still change the proposal
 * @param priority          the decided priority, 0 until decided
 * @param response          the response for the decided criterion and priority, or for the proposal while
 *                          undecided; {@code null} when there is neither
 * @param needsReview       true when the interview now proposes a more urgent priority than the one decided
 *                          (after a corrected answer or another chapter; take it with {@link Reprioritise})
 */
public record AssessmentView(String caseId, String indexVersion, String rulesVersion, boolean indexAvailable,
                             String chapter, Map<String, Boolean> answers, List<String> openQuestions, List<Question> nextQuestions,
                             boolean needsChapter, Proposal proposal, int priority, String decidedCode,
                             boolean overridden, ResponsePlan response, boolean needsReview,
                             List<PriorityChange> history) {

    /**
     * The view with its texts in one language, for a reader of it: the questions, the proposed criterion, and the
     * why-lines quoting the questions as asked.
     *
     * @param index the assessment's own index version
     */
    public AssessmentView in(MedicalIndex index, String language) {
        Proposal localized = null;
        if (proposal != null) {
            Chapter current = chapter == null ? null : index.chapter(chapter).orElse(null);
            Proposal quoted = Interview.next(index, current, answers, language).proposal();
            List<String> why = quoted != null && quoted.code().equals(proposal.code()) ? quoted.why() : proposal.why();
            localized = new Proposal(proposal.criterion().in(language), proposal.chapter(), proposal.settled(), why);
        }
        return new AssessmentView(caseId, indexVersion, rulesVersion, indexAvailable, chapter, answers, openQuestions,
                nextQuestions.stream().map(q -> q.in(language)).toList(), needsChapter, localized, priority,
                decidedCode, overridden, response == null ? null : response.in(language), needsReview, history);
    }

    /** The view of an assessment on the versions it started with. */
    public static AssessmentView of(TriageVersions versions, Assessment a) {
        return versions.configOf(a).map(config -> of(config, a)).orElseGet(() -> new AssessmentView(a.caseId(),
                a.indexVersion(), a.rulesVersion(), false, a.chapter(), a.answers(), a.openQuestions(), List.of(),
                false, null, a.priority(), a.decidedCode(), a.overridden(), null, false, a.history()));
    }

    /** The view of an assessment on its own index and rules ({@code config} must be of its versions). */
    static AssessmentView of(TriageConfig config, Assessment a) {
        InterviewStep step = config.step(a);
        Proposal proposal = step.proposal();
        ResponsePlan response = null;
        if (a.decided()) {
            response = config.rules().planFor(config.index().criterion(a.decidedCode()).orElseThrow(), a.priority());
        } else if (proposal != null) {
            response = config.rules().planFor(proposal.criterion(), proposal.priority());
        }
        boolean needsReview = a.decided() && proposal != null && proposal.priority() < a.priority();
        return new AssessmentView(a.caseId(), a.indexVersion(), a.rulesVersion(), true, a.chapter(), a.answers(),
                a.openQuestions(), step.nextQuestions(), step.needsChapter(), proposal, a.priority(), a.decidedCode(), a.overridden(),
                response, needsReview, a.history());
    }
}
