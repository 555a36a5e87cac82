package se.larmcentral.dispatch;

import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;

import java.time.Instant;

/**
 * Omdirigering: takes a unit on its way to a priority 2 or 3 and alerts it to a new priority 1. The incident it
 * leaves goes back to the pending queue when no other unit works on it. Refused for anything else (a unit on its
 * way to a priority 1, a new incident that is not a priority 1, a unit that is not on its way anywhere).
 */
public record RedirectUnit(String unitId, String toIncidentId) implements Command<DispatchState, Assignment> {

    @Override
    public Decision<Assignment> decide(DispatchState state, Instant now) {
        return AssignUnit.decide(state, now, toIncidentId, unitId, true);
    }
}
