package se.larmcentral.triage;

import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;

import java.time.Instant;
import java.util.Objects;

/**
 * Assesses a decided case again on new information (answers given or a chapter chosen since): gives it the
 * current proposal ({@code code} null) or another criterion that matches and is as urgent, with a reason.
 * Replaces an earlier override. A criterion more urgent than the case's priority may always be taken; otherwise the
 * same rule as {@link ConfirmCriterion} applies (the proposal must be settled, a named criterion at least as urgent
 * as every criterion still possible).
 */
public record Reprioritise(String caseId, String code, String reason, Actor by)
        implements Command<TriageState, AssessmentView> {

    public Reprioritise {
        Objects.requireNonNull(by, "by");
    }

    @Override
    public Decision<AssessmentView> decide(TriageState state, Instant now) {
        InterviewProgress.Running running = InterviewProgress.current(state, caseId);
        TriageConfig config = running.config();
        Assessment a = running.assessment();
        String why = InterviewProgress.reason(reason, "a re-prioritisation");
        if (!a.decided()) {
            throw new ConflictException("caseId", "case '" + caseId + "' has no priority yet; confirm a criterion"
                    + " first");
        }
        Criterion criterion = InterviewProgress.chosen(config, a, code);
        if (!a.overridden() && criterion.code().equals(a.decidedCode())) {
            throw new ConflictException("code", "case '" + caseId + "' already rests on " + criterion.code()
                    + " at priority " + a.priority());
        }
        var event = new TriageEvent.Reprioritised(caseId, criterion.code(), a.priority(), criterion.priority(), why,
                a.indexVersion(), by);
        return Decision.of(AssessmentView.of(config, a.apply(event, now)), event);
    }
}
