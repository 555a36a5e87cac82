package se.larmcentral.triage;

import java.util.List;
import java.util.Map;

/**
 * An assessment as the API and the CLI show it: what was asked and answered, the proposal with why, what to
 * ask next, the priority and the response.
 *
 * @param indexCurrent      false when the assessment used another index version than the one loaded: the
 *                          interview cannot go on (proposal and questions are then empty)
 * @param openQuestions     questions asked and not yet answered
 * @param nextQuestions     the questions that can still change the proposal
 * @param priority          the decided priority, 0 until decided
 * @param response          the response for the decided criterion and priority, or for the proposal while
 *                          undecided; {@code null} when there is neither
 * @param needsReview       true when the interview now proposes a more urgent priority than the one decided
 *                          (after a corrected answer or another chapter; take it with {@link Reprioritise})
 */
public record AssessmentView(String caseId, String indexVersion, boolean indexCurrent, String chapter,
                             Map<String, Boolean> answers, List<String> openQuestions, List<Question> nextQuestions,
                             boolean needsChapter, Proposal proposal, int priority, String decidedCode,
                             boolean overridden, ResponsePlan response, boolean needsReview,
                             List<PriorityChange> history) {

    public static AssessmentView of(TriageConfig config, Assessment a) {
        boolean current = config.index().version().equals(a.indexVersion());
        InterviewStep step = current ? config.step(a) : new InterviewStep(null, List.of(), false);
        Proposal proposal = step.proposal();
        ResponsePlan response = null;
        if (current && a.decided()) {
            response = config.rules().planFor(config.index().criterion(a.decidedCode()).orElseThrow(), a.priority());
        } else if (proposal != null) {
            response = config.rules().planFor(proposal.criterion(), proposal.priority());
        }
        boolean needsReview = a.decided() && proposal != null && proposal.priority() < a.priority();
        return new AssessmentView(a.caseId(), a.indexVersion(), current, a.chapter(), a.answers(), a.openQuestions(),
                step.nextQuestions(), step.needsChapter(), proposal, a.priority(), a.decidedCode(), a.overridden(),
                response, needsReview, a.history());
    }
}
