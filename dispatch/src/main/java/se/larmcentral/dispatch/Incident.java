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
 * @param units      every unit that has been on it, in the order they were alerted, with their times
 */
public record Incident(String id, GeoPoint position, int priority, UnitType neededType, IncidentStatus status,
                       List<String> unitIds, IncidentTimes times, List<IncidentUnit> units) {

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        unitIds = List.copyOf(unitIds);
        units = List.copyOf(units);
    }

    public boolean isOpen() {
        return status == IncidentStatus.QUEUED || status == IncidentStatus.ASSIGNED;
    }

    Incident at(GeoPoint newPosition) {
        return new Incident(id, newPosition, priority, neededType, status, unitIds, times, units);
    }

    Incident withPriority(int newPriority, UnitType newType) {
        return new Incident(id, position, newPriority, newType, status, unitIds, times, units);
    }

    Incident with(IncidentStatus newStatus, List<String> newUnits, IncidentTimes newTimes) {
        return new Incident(id, position, priority, neededType, newStatus, newUnits, newTimes, units);
    }

    Incident withUnits(List<IncidentUnit> newHistory) {
        return new Incident(id, position, priority, neededType, status, unitIds, times, newHistory);
    }
}
