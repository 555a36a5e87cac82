package se.larmcentral.alarms;

import se.larmcentral.alarms.plans.ActionPlan;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;

import java.time.Instant;

/** Sets an object's action plan for one class of signal, replacing the one before; the object must exist. */
public record SaveActionPlan(ActionPlan plan) implements Command<CentreState, ActionPlan> {

    @Override
    public Decision<ActionPlan> decide(CentreState state, Instant now) {
        state.extension(AlarmLog.class).register().checkPlan(plan);
        return Decision.of(plan, new AlarmEvent.ActionPlanSaved(plan));
    }
}
