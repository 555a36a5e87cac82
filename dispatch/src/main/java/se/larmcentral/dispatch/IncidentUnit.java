package se.larmcentral.dispatch;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One unit's part in an incident, kept after it has left, so a closed incident still says which units went and
 * when: alerted, each status it reported on the way (the first time each, in the order of the statuses), the
 * hospital it took the patient to, and when and why it left.
 *
 * @param reached       the first instant of each status reported while on the incident
 * @param destinationId the hospital the patient was taken to, or null
 * @param leftAt        when it left the incident (cleared, redirected, stood down), or null while on it
 * @param leftBecause   why it left, in words, or null while on it
 */
public record IncidentUnit(String unitId, Instant alertedAt, Map<UnitStatus, Instant> reached, String destinationId,
                           Instant leftAt, String leftBecause) {

    public IncidentUnit {
        Objects.requireNonNull(unitId, "unitId");
        EnumMap<UnitStatus, Instant> ordered = new EnumMap<>(UnitStatus.class);
        ordered.putAll(reached);
        reached = Collections.unmodifiableMap(ordered);
    }

    static IncidentUnit alerted(String unitId, Instant at) {
        return new IncidentUnit(unitId, at, Map.of(UnitStatus.ALERTED, at), null, null, null);
    }

    boolean onIt() {
        return leftAt == null;
    }

    IncidentUnit reached(UnitStatus status, Instant at) {
        if (reached.containsKey(status)) {
            return this;
        }
        EnumMap<UnitStatus, Instant> more = new EnumMap<>(UnitStatus.class);
        more.putAll(reached);
        more.put(status, at);
        return new IncidentUnit(unitId, alertedAt, more, destinationId, leftAt, leftBecause);
    }

    IncidentUnit destination(String hospitalId) {
        return new IncidentUnit(unitId, alertedAt, reached, hospitalId, leftAt, leftBecause);
    }

    IncidentUnit left(Instant at, String because) {
        return onIt() ? new IncidentUnit(unitId, alertedAt, reached, destinationId, at, because) : this;
    }

    /** The entry of {@code unitId} still on the incident, replaced by {@code change}; others as they were. */
    static List<IncidentUnit> change(List<IncidentUnit> units, String unitId, java.util.function.UnaryOperator<IncidentUnit> change) {
        return units.stream().map(u -> u.unitId().equals(unitId) && u.onIt() ? change.apply(u) : u).toList();
    }
}
