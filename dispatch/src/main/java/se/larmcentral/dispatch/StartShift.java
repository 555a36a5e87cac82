package se.larmcentral.dispatch;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.dispatch.DispatchEvent.UnitStatusChanged;

import java.time.Instant;

/** Passpåbörjan: an out-of-service unit starts its shift, available at its station. */
public record StartShift(String unitId) implements Command<DispatchState, StatusChange> {

    @Override
    public Decision<StatusChange> decide(DispatchState state, Instant now) {
        Unit unit = state.requireUnit("unitId", unitId);
        if (unit.status() != UnitStatus.OUT_OF_SERVICE) {
            throw new ConflictException("unitId", "unit " + unitId + " is already in service (" + unit.status() + ")");
        }
        return Decision.of(new StatusChange(unitId, unit.status(), UnitStatus.AVAILABLE_AT_STATION, null),
                new UnitStatusChanged(unitId, null, unit.status(), UnitStatus.AVAILABLE_AT_STATION, "shift start", null, now));
    }
}
