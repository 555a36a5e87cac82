package se.larmcentral.dispatch;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.dispatch.DispatchEvent.AtPatientReported;

import java.time.Instant;

/** The crew of a unit on scene has reached the patient; stamps the incident's at-patient time (first only). */
public record ReportAtPatient(String incidentId, String unitId) implements Command<DispatchState, Instant> {

    @Override
    public Decision<Instant> decide(DispatchState state, Instant now) {
        state.requireIncident("incidentId", incidentId);
        Unit unit = state.requireUnit("unitId", unitId);
        if (!incidentId.equals(unit.incidentId()) || unit.status() != UnitStatus.ON_SCENE) {
            throw new ConflictException("unitId", "unit " + unitId + " is not on scene at incident " + incidentId
                    + " (status " + unit.status() + ")");
        }
        return Decision.of(now, new AtPatientReported(incidentId, unitId, now));
    }
}
