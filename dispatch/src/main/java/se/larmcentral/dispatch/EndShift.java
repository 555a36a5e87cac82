package se.larmcentral.dispatch;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.dispatch.DispatchEvent.UnitStatusChanged;

import java.time.Instant;

/**
 * Passavslut: a unit ends its shift and goes out of service. Refused while it works on an incident (it finishes
 * the assignment first) and when it is already out of service.
 */
public record EndShift(String unitId) implements Command<DispatchState, StatusChange> {

    @Override
    public Decision<StatusChange> decide(DispatchState state, Instant now) {
        Unit unit = state.requireUnit("unitId", unitId);
        if (unit.status().isOnAssignment()) {
            throw new ConflictException("unitId", "unit " + unitId + " is " + unit.status() + " on incident "
                    + unit.incidentId() + "; it ends its shift after the assignment");
        }
        StatusTransitions.TABLE.check(unitId, unit.status(), UnitStatus.OUT_OF_SERVICE);
        return Decision.of(new StatusChange(unitId, unit.status(), UnitStatus.OUT_OF_SERVICE, null),
                new UnitStatusChanged(unitId, null, unit.status(), UnitStatus.OUT_OF_SERVICE, "shift end", null, now));
    }
}
