package se.larmcentral.triage;

import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;

import java.time.Instant;
import java.util.Objects;

/**
 * Decides a case's priority from the index: the proposal ({@code code} null), or another criterion that matches
 * the answers and is as urgent. May be done before the proposal is settled (the event says so); a later, more
 * urgent proposal marks the case for review and is taken by {@link Reprioritise}.
 */
public record ConfirmCriterion(TriageConfig config, String caseId, String code, Actor by)
        implements Command<TriageState, AssessmentView> {

    public ConfirmCriterion {
        Objects.requireNonNull(by, "by");
    }

    @Override
    public Decision<AssessmentView> decide(TriageState state, Instant now) {
        Assessment a = InterviewProgress.current(state, config, caseId);
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
