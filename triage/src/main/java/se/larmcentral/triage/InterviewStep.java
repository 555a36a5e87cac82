package se.larmcentral.triage;

import java.util.List;

/**
 * Where an interview stands: the proposal so far and what to ask next.
 *
 * @param proposal      the proposal, or {@code null} when nothing matches yet (no chapter chosen and no key
 *                      criterion matches)
 * @param nextQuestions the questions that can still change the proposal, those of the most urgent criterion
 *                      still possible first; empty when the proposal is settled
 * @param needsChapter  true when the key questions are answered, none of them decides, and a chapter must be
 *                      chosen to go on
 */
public record InterviewStep(Proposal proposal, List<Question> nextQuestions, boolean needsChapter) {

    public InterviewStep {
        nextQuestions = List.copyOf(nextQuestions);
    }
}
