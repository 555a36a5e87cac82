package se.larmcentral.dispatch;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.Identifier;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.dispatch.DispatchEvent.PreAlertSent;

import java.time.Instant;
import java.util.Optional;

/**
 * A crew's pre-alert to the receiving hospital (förvarning), sent from the terminal, which may send it again when it
 * never saw the answer: the terminal's own {@code preAlertId} makes it recorded once (sent again with the same
 * content, answered with the first; with other content, refused). Only the unit on the incident sends one, and only
 * to a registered hospital: the one named, else the destination chosen for the unit. A correction is a new pre-alert
 * with its own id; the latest counts and all are kept.
 *
 * @param incidentId the incident the crew means; null: the unit's current one
 * @param hospitalId null: the destination chosen for the unit on the incident
 */
public record SendPreAlert(String preAlertId, String unitId, String incidentId, String hospitalId, PreAlert preAlert)
        implements Command<DispatchState, SendPreAlert.Outcome> {

    /** @param repeated true when it had been recorded before and this is the first record again */
    public record Outcome(PreAlertSent sent, boolean repeated) {
    }

    @Override
    public Decision<Outcome> decide(DispatchState state, Instant now) {
        Identifier.require("preAlertId", preAlertId);
        Unit unit = state.requireUnit("unitId", unitId);
        if (preAlert == null) {
            throw new InvalidInputException("preAlert", "is missing");
        }
        PreAlert checked = preAlert.checked(now);
        Optional<PreAlertSent> earlier = state.preAlert(unitId, preAlertId);
        if (earlier.isPresent()) {
            PreAlertSent first = earlier.get();
            boolean same = first.preAlert().equals(checked)
                    && (hospitalId == null || hospitalId.strip().equals(first.hospitalId()))
                    && (incidentId == null || incidentId.equals(first.incidentId()));
            if (!same) {
                throw new ConflictException("preAlertId", "pre-alert " + preAlertId + " of unit " + unitId
                        + " was recorded with other content: give a correction its own id");
            }
            return Decision.of(new Outcome(first, true));
        }
        if (unit.incidentId() == null) {
            throw new ConflictException("unitId", "unit " + unitId + " is " + unit.status()
                    + " without an incident: only the unit on an incident sends its hospital a pre-alert");
        }
        if (incidentId != null && !incidentId.equals(unit.incidentId())) {
            throw new ConflictException("incidentId", "unit " + unitId + " is on incident " + unit.incidentId()
                    + ", not " + incidentId + ": only the unit on the incident sends a pre-alert for it");
        }
        Hospital hospital = receiving(state, unit);
        PreAlertSent sent = new PreAlertSent(preAlertId, unitId, unit.incidentId(), hospital.id(), checked, now);
        return Decision.of(new Outcome(sent, false), sent);
    }

    private Hospital receiving(DispatchState state, Unit unit) {
        if (hospitalId != null && !hospitalId.isBlank()) {
            return state.hospital(hospitalId.strip()).orElseThrow(() -> new NotFoundException("hospitalId",
                    "there is no hospital '" + hospitalId + "'; the fleet's hospitals are listed by GET /api/dispatch/fleet"));
        }
        String chosen = state.incident(unit.incidentId()).flatMap(incident -> incident.units().stream()
                .filter(u -> u.unitId().equals(unit.id()) && u.leftAt() == null).findFirst())
                .map(IncidentUnit::destinationId).orElse(null);
        if (chosen == null) {
            throw new InvalidInputException("hospitalId", "is missing and no destination is chosen for unit "
                    + unit.id() + ": name the receiving hospital");
        }
        return state.hospital(chosen).orElseThrow(() -> new NotFoundException("hospitalId",
                "the chosen destination '" + chosen + "' is not a registered hospital"));
    }
}
