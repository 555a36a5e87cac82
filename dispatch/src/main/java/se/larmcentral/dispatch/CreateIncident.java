package se.larmcentral.dispatch;

import se.larmcentral.core.SwedishTime;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.DispatchEvent.IncidentCreated;

import java.time.Instant;
import java.util.List;

/**
 * Creates a case with its priority decided at {@code now}. It enters the pending queue and stays there until a
 * unit is assigned ({@link AssignUnit}).
 *
 * @param callQueuedAt when the call entered the queue (from the call module); start of the response time
 */
public record CreateIncident(String incidentId, GeoPoint position, int priority, UnitType neededType,
                             Instant callQueuedAt) implements Command<DispatchState, Incident> {

    @Override
    public Decision<Incident> decide(DispatchState state, Instant now) {
        Ids.require("incidentId", incidentId);
        if (position == null) {
            throw new InvalidInputException("position", "is missing");
        }
        if (priority < 1 || priority > 4) {
            throw new InvalidInputException("priority", "must be 1, 2, 3 or 4, was " + priority);
        }
        if (neededType == null) {
            throw new InvalidInputException("neededType", "is missing; name the type of unit needed");
        }
        if (callQueuedAt == null || callQueuedAt.isAfter(now)) {
            throw new InvalidInputException("callQueuedAt", "must be given and not after now (" + SwedishTime.text(now) + "), was " + SwedishTime.text(callQueuedAt));
        }
        if (state.incident(incidentId).isPresent()) {
            throw new ConflictException("incidentId", "incident '" + incidentId + "' already exists");
        }
        Incident incident = new Incident(incidentId, position, priority, neededType, IncidentStatus.QUEUED, List.of(),
                IncidentTimes.of(callQueuedAt, now), List.of());
        return Decision.of(incident, new IncidentCreated(incidentId, position, priority, neededType, callQueuedAt, now));
    }
}
