package se.larmcentral.dispatch;

import se.larmcentral.core.GeoPoint;

import java.util.List;
import java.util.Objects;

/**
 * A case needing units (ärende).
 *
 * @param priority   1 (life-threatening) to 4 (transport without medical staff)
 * @param neededType the type of unit it needs
 * @param unitIds    the units working on it now, in the order they were assigned
 */
public record Incident(String id, GeoPoint position, int priority, UnitType neededType, IncidentStatus status,
                       List<String> unitIds, IncidentTimes times) {

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        unitIds = List.copyOf(unitIds);
    }

    public boolean isOpen() {
        return status == IncidentStatus.QUEUED || status == IncidentStatus.ASSIGNED;
    }

    Incident at(GeoPoint newPosition) {
        return new Incident(id, newPosition, priority, neededType, status, unitIds, times);
    }

    Incident withPriority(int newPriority, UnitType newType) {
        return new Incident(id, position, newPriority, newType, status, unitIds, times);
    }

    Incident with(IncidentStatus newStatus, List<String> newUnits, IncidentTimes newTimes) {
        return new Incident(id, position, priority, neededType, newStatus, newUnits, newTimes);
    }
}
