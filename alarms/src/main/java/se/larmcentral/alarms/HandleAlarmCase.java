package se.larmcentral.alarms;

import se.larmcentral.alarms.desk.AlarmCase;
import se.larmcentral.alarms.desk.AlarmDesk;
import se.larmcentral.alarms.desk.CaseAction;
import se.larmcentral.alarms.desk.CaseDecision;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;

import java.time.Instant;

/**
 * An operator's action on an alarm case (take, a step's outcome, close: passed to one of the centre's incidents, it
 * names it), decided by {@link AlarmDesk} on the
 * centre's writer thread, so two operators' actions on one case are decided one after the other; a refusal records
 * nothing. Answers the case as it is after the action.
 */
public record HandleAlarmCase(CaseAction action) implements Command<CentreState, HandleAlarmCase.Handled> {

    /** The case after the action, and the desk's explanation. */
    public record Handled(AlarmCase alarmCase, String explanation) {
    }

    @Override
    public Decision<Handled> decide(CentreState state, Instant now) {
        return switch (AlarmDesk.decide(state.extension(AlarmLog.class).cases(),
                id -> state.dispatch().incident(id).isPresent(), c -> RescueTargets.of(state, c.objectId()), action,
                now)) {
            case CaseDecision.Accepted a -> Decision.of(new Handled(a.after(), a.explanation()), a.events());
            case CaseDecision.Refused r -> throw switch (r.refusal()) {
                case INVALID -> new InvalidInputException(r.field(), r.reason());
                case NOT_FOUND -> new NotFoundException(r.field(), r.field() + ": " + r.reason());
                case CONFLICT -> new ConflictException(r.field(), r.field() + ": " + r.reason());
            };
        };
    }
}
