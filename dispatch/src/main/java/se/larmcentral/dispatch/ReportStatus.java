package se.larmcentral.dispatch;

import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.DispatchEvent.UnitStatusChanged;

import java.time.Instant;

/**
 * A unit reports a new status (statusrapport). Checked against {@link StatusTransitions}: an illegal change is
 * refused naming the current status and the allowed ones. {@code ALERTED} is not reported but set by
 * {@link AssignUnit}. {@code TEMPORARILY_UNAVAILABLE} needs a reason and an expected time back after now.
 * Each report stamps the incident's timestamps (acknowledged, en route, on scene, left scene, at destination,
 * handover complete, available).
 */
public record ReportStatus(String unitId, UnitStatus status, String reason, Instant expectedBackAt)
        implements Command<DispatchState, StatusChange> {

    public static ReportStatus of(String unitId, UnitStatus status) {
        return new ReportStatus(unitId, status, null, null);
    }

    @Override
    public Decision<StatusChange> decide(DispatchState state, Instant now) {
        Unit unit = state.requireUnit("unitId", unitId);
        if (status == null) {
            throw new InvalidInputException("status", "is missing");
        }
        if (status == UnitStatus.ALERTED) {
            throw new InvalidInputException("status", "ALERTED is set by assigning the unit to an incident, not reported");
        }
        StatusTransitions.TABLE.check(unitId, unit.status(), status);
        if (status == UnitStatus.TEMPORARILY_UNAVAILABLE) {
            if (reason == null || reason.isBlank()) {
                throw new InvalidInputException("reason", "say why the unit is temporarily unavailable");
            }
            if (expectedBackAt == null || !expectedBackAt.isAfter(now)) {
                throw new InvalidInputException("expectedBackAt", "give when the unit expects to be available again, after now");
            }
        }
        boolean keepsDetails = status == UnitStatus.TEMPORARILY_UNAVAILABLE;
        return Decision.of(new StatusChange(unitId, unit.status(), status, unit.incidentId()),
                new UnitStatusChanged(unitId, unit.incidentId(), unit.status(), status,
                        reason, keepsDetails ? expectedBackAt : null, now));
    }
}
