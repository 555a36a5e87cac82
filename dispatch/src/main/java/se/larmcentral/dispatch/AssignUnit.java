package se.larmcentral.dispatch;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.dispatch.DispatchEvent.UnitAssigned;

import java.time.Instant;

/**
 * The operator alerts a unit to an incident (larmning); the recommendation is advice only. Refuses an unknown
 * incident or unit, a closed or cancelled incident, a unit already on this incident, and a unit that
 * {@link AssignmentRules} does not allow (busy elsewhere, on its way to a priority 1, unavailable, at hospital for
 * less than 15 minutes). A unit on its way to a priority 2 or 3 assigned to a new priority 1 is redirected; the
 * answer says so. An incident may have several units.
 */
public record AssignUnit(String incidentId, String unitId) implements Command<DispatchState, Assignment> {

    @Override
    public Decision<Assignment> decide(DispatchState state, Instant now) {
        return decide(state, now, incidentId, unitId, false);
    }

    static Decision<Assignment> decide(DispatchState state, Instant now, String incidentId, String unitId, boolean redirectionOnly) {
        Incident incident = state.requireIncident("incidentId", incidentId);
        Unit unit = state.requireUnit("unitId", unitId);
        if (!incident.isOpen()) {
            throw new ConflictException("incidentId", "incident " + incidentId + " is " + incident.status() + "; nothing can be assigned to it");
        }
        if (incidentId.equals(unit.incidentId())) {
            throw new ConflictException("unitId", "unit " + unitId + " is already assigned to incident " + incidentId);
        }
        Eligibility eligibility = AssignmentRules.eligibility(state, unit, incident.priority(), now);
        if (!eligibility.eligible()) {
            throw new ConflictException("unitId", "unit " + unitId + " cannot be assigned to incident " + incidentId
                    + ": " + eligibility.reason());
        }
        boolean redirection = eligibility.kind() == Eligibility.Kind.REDIRECTION;
        if (redirectionOnly && !redirection) {
            throw new ConflictException("unitId", "unit " + unitId + " is not on its way to another incident ("
                    + eligibility.reason() + "); assign it instead of redirecting it");
        }
        String explanation = "unit " + unitId + " alerted to priority " + incident.priority() + " incident " + incidentId
                + " (" + eligibility.reason() + ")";
        return Decision.of(new Assignment(unitId, incidentId, eligibility.kind(), eligibility.fromIncidentId(), explanation),
                new UnitAssigned(unitId, incidentId, unit.status(), eligibility.fromIncidentId(), redirection, now));
    }
}
