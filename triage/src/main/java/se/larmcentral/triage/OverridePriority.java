package se.larmcentral.triage;

import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;

import java.time.Instant;
import java.util.Objects;

/**
 * A nurse (or physician) sets a priority other than the index's, with a reason; the override is recorded with
 * who made it. Allowed once there is a proposal, before or after a criterion is confirmed. The actor must be a
 * person, and the event records who overrode; nothing checks yet that the person is a nurse or physician (there
 * are no accounts or roles yet; the role check comes with them).
 */
public record OverridePriority(String caseId, int priority, String reason, Actor nurse)
        implements Command<TriageState, AssessmentView> {

    public OverridePriority {
        Objects.requireNonNull(nurse, "nurse");
    }

    @Override
    public Decision<AssessmentView> decide(TriageState state, Instant now) {
        InterviewProgress.Running running = InterviewProgress.current(state, caseId);
        TriageConfig config = running.config();
        Assessment a = running.assessment();
        String why = InterviewProgress.reason(reason, "an override of the index's priority");
        if (nurse.kind() != Actor.Kind.PERSON) {
            throw new InvalidInputException("actor", "an override is made by a person (a nurse or physician), not "
                    + nurse.kind().name().toLowerCase(java.util.Locale.ROOT) + " '" + nurse.id() + "'");
        }
        if (!config.rules().scale().contains(priority)) {
            throw new InvalidInputException("priority", "must be one of " + config.rules().scale() + " in "
                    + config.rules().region() + ", was " + priority);
        }
        Criterion basis;
        if (a.decided()) {
            basis = config.index().criterion(a.decidedCode()).orElseThrow();
        } else {
            Proposal proposal = config.step(a).proposal();
            if (proposal == null) {
                throw new ConflictException("priority", "case '" + caseId + "' has no proposed criterion to override"
                        + " yet: answer the key questions or choose a chapter");
            }
            basis = proposal.criterion();
        }
        if (a.decided() && a.priority() == priority) {
            throw new ConflictException("priority", "case '" + caseId + "' is already priority " + priority);
        }
        var event = new TriageEvent.PriorityOverridden(caseId, basis.code(), basis.priority(), a.priority(), priority,
                why, a.indexVersion(), nurse);
        return Decision.of(AssessmentView.of(config, a.apply(event, now)), event);
    }
}
