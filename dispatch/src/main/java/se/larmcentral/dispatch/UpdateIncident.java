package se.larmcentral.dispatch;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.DispatchEvent.IncidentMoved;
import se.larmcentral.dispatch.DispatchEvent.IncidentReprioritised;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Brings an open incident in line with what its call now knows: the patient's corrected place, and the priority and
 * unit type of a re-assessment. Only what differs is recorded; an incident already in line records nothing. A closed
 * or cancelled incident keeps what it was worked on with. Units already assigned stay assigned: whether to send
 * another is the dispatcher's decision.
 */
public record UpdateIncident(String incidentId, GeoPoint position, int priority, UnitType neededType, String reason)
        implements Command<DispatchState, UpdateIncident.Updated> {

    /** The answer: whether the place and the priority changed now. */
    public record Updated(String incidentId, boolean moved, boolean reprioritised) {
        public boolean changed() {
            return moved || reprioritised;
        }
    }

    @Override
    public Decision<Updated> decide(DispatchState state, Instant now) {
        Incident incident = state.requireIncident("incidentId", incidentId);
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(neededType, "neededType");
        if (priority < 1 || priority > 4) {
            throw new InvalidInputException("priority", "must be 1, 2, 3 or 4, was " + priority);
        }
        boolean moves = !position.equals(incident.position());
        boolean reprioritises = priority != incident.priority() || neededType != incident.neededType();
        if ((moves || reprioritises) && !incident.isOpen()) {
            throw new ConflictException("incidentId", "incident " + incidentId + " is " + incident.status()
                    + ": its place and priority stay as they were worked on");
        }
        List<DispatchEvent> events = new ArrayList<>();
        if (moves) {
            events.add(new IncidentMoved(incidentId, incident.position(), position, reason, now));
        }
        if (reprioritises) {
            events.add(new IncidentReprioritised(incidentId, incident.priority(), priority, incident.neededType(),
                    neededType, reason, now));
        }
        return Decision.of(new Updated(incidentId, moves, reprioritises), events);
    }
}
