package se.larmcentral.triage;

import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;

import java.time.Instant;
import java.util.Objects;

/**
 * Decides a case's priority from the index: the proposal ({@code code} null), or another criterion that matches
 * the answers and is as urgent. The proposal must be settled: while a more urgent criterion is still possible the
 * confirmation is refused naming the open questions ({@code answers}). Before then only a named criterion at least
 * as urgent as every criterion still possible may be confirmed (the event's {@code settled} is then false); a lower
 * priority is a nurse's {@link OverridePriority}, with a reason. When a corrected answer or another chapter later
 * gives a more urgent proposal, the case is marked for review and {@link Reprioritise} takes it.
 */
public record ConfirmCriterion(String caseId, String code, Actor by)
        implements Command<TriageState, AssessmentView> {

    public ConfirmCriterion {
        Objects.requireNonNull(by, "by");
    }

    @Override
    public Decision<AssessmentView> decide(TriageState state, Instant now) {
        InterviewProgress.Running running = InterviewProgress.current(state, caseId);
        TriageConfig config = running.config();
        Assessment a = running.assessment();
        if (a.decided()) {
            throw new ConflictException("caseId", "case '" + caseId + "' is already priority " + a.priority()
                    + " (" + a.decidedCode() + "); re-prioritise or override it instead");
        }
        Criterion criterion = InterviewProgress.chosen(config, a, code);
        boolean settled = config.step(a).proposal().settled();
        var event = new TriageEvent.CriterionConfirmed(caseId, criterion.code(), criterion.priority(), settled,
                a.indexVersion(), by);
        return Decision.of(AssessmentView.of(config, a.apply(event, now)), event);
    }
}
