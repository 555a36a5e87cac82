package se.larmcentral.dispatch;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.DispatchEvent.IncidentCancelled;
import se.larmcentral.dispatch.DispatchEvent.UnitStatusChanged;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Cancels an open incident (avbrutet ärende): it leaves the queue, and every unit on it that has no patient on
 * board is stood down to CLEAR. Refused while a unit is transporting a patient or at hospital with one: those end
 * with their status reports.
 */
public record CancelIncident(String incidentId, String reason) implements Command<DispatchState, CancelIncident.Cancelled> {

    /** The answer: the units stood down. */
    public record Cancelled(String incidentId, List<String> releasedUnitIds) {
    }

    @Override
    public Decision<Cancelled> decide(DispatchState state, Instant now) {
        Incident incident = state.requireIncident("incidentId", incidentId);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "say why the incident is cancelled");
        }
        if (!incident.isOpen()) {
            throw new ConflictException("incidentId", "incident " + incidentId + " is already " + incident.status());
        }
        List<DispatchEvent> events = new ArrayList<>();
        List<String> released = new ArrayList<>();
        for (String unitId : incident.unitIds()) {
            Unit unit = state.requireUnit("unitId", unitId);
            if (!StatusTransitions.TABLE.isAllowed(unit.status(), UnitStatus.CLEAR) || unit.status() == UnitStatus.AT_HOSPITAL) {
                throw new ConflictException("incidentId", "incident " + incidentId + " cannot be cancelled: unit "
                        + unitId + " is " + unit.status() + " with the patient");
            }
            events.add(new UnitStatusChanged(unitId, incidentId, unit.status(), UnitStatus.CLEAR,
                    "incident cancelled: " + reason, null, now));
            released.add(unitId);
        }
        events.add(new IncidentCancelled(incidentId, reason, now));
        return Decision.of(new Cancelled(incidentId, released), events);
    }
}
