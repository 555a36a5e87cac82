package se.larmcentral.triage;

import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.Recorded;

import java.time.Instant;
import java.util.Map;

/**
 * A non-interactive assessment (for {@code ./larm triage assess}): starts in a chapter (or from the key
 * questions), gives all the answers at once through the same commands as the interactive interview, and
 * returns where it ends. Nothing is kept.
 */
public final class BatchAssessment {

    private BatchAssessment() {
    }

    /**
     * @param chapter chapter number or id, or {@code null} to start from the key questions
     * @param answers question id to yes/no; each must be asked at some point of the interview
     * @param at      the instant the assessment is made
     */
    public static AssessmentView run(TriageConfig config, String chapter, Map<String, Boolean> answers, Instant at) {
        TriageState state = new TriageState(config);
        String caseId = "batch";
        AssessmentView view = submit(state, new StartAssessment(caseId, chapter), at);
        if (answers != null && !answers.isEmpty()) {
            view = submit(state, new AnswerQuestions(caseId, answers), at);
        }
        return view;
    }

    private static AssessmentView submit(TriageState state, Command<TriageState, AssessmentView> command, Instant at) {
        Decision<AssessmentView> decision = command.decide(state, at);
        long sequence = 1;
        for (DomainEvent event : decision.events()) {
            state.apply(new Recorded(sequence++, at, Actor.SYSTEM, event));
        }
        return decision.result();
    }
}
