package se.larmcentral.alarms;

import se.larmcentral.alarms.plans.AlarmObject;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;

import java.time.Instant;

/**
 * Registers an alarm object, or replaces it: its customer must exist and none of its accounts may be another
 * object's (across all customers), else nothing is recorded.
 */
public record SaveAlarmObject(AlarmObject object) implements Command<CentreState, AlarmObject> {

    @Override
    public Decision<AlarmObject> decide(CentreState state, Instant now) {
        state.extension(AlarmLog.class).register().checkObject(object);
        return Decision.of(object, new AlarmEvent.AlarmObjectSaved(object));
    }
}
