package se.larmcentral.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Units that need the operator's attention at an instant; a pure query on state.
 * <ul>
 *   <li>{@link Flag.Kind#UNACKNOWLEDGED_ALERT}: alerted more than {@link #ACKNOWLEDGE_WITHIN} ago and still not
 *       acknowledged (acknowledging at exactly 90 s is within time, so the flag starts after 90 s);</li>
 *   <li>{@link Flag.Kind#LONG_HOSPITAL_STAY}: at hospital for {@link AssignmentRules#HOSPITAL_STAY_LIMIT} or longer
 *       without reporting clear (from exactly 15:00); such a unit may be given a new assignment.</li>
 * </ul>
 * Order: as the units were registered.
 */
public final class UnitFlags {

    /** An alert must be acknowledged within this time. */
    public static final Duration ACKNOWLEDGE_WITHIN = Duration.ofSeconds(90);

    private UnitFlags() {
    }

    /**
     * One flag.
     *
     * @param since   when the unit took the flagged status
     * @param elapsed how long it has had it at the instant asked
     */
    public record Flag(Kind kind, String unitId, String incidentId, Instant since, Duration elapsed, String explanation) {

        /** INCIDENT_WAITING concerns an incident ({@link WaitingLimits}): its unit is null. */
        public enum Kind { UNACKNOWLEDGED_ALERT, LONG_HOSPITAL_STAY, INCIDENT_WAITING }
    }

    public static List<Flag> at(DispatchState state, Instant at) {
        List<Flag> flags = new ArrayList<>();
        for (Unit unit : state.units()) {
            Duration elapsed = unit.inStatusFor(at);
            if (unit.status() == UnitStatus.ALERTED && elapsed.compareTo(ACKNOWLEDGE_WITHIN) > 0) {
                flags.add(new Flag(Flag.Kind.UNACKNOWLEDGED_ALERT, unit.id(), unit.incidentId(), unit.statusSince(), elapsed,
                        unit.callSign() + " alerted to incident " + unit.incidentId() + " " + Durations.text(elapsed)
                                + " ago and has not acknowledged (limit 90 s)"));
            } else if (unit.status() == UnitStatus.AT_HOSPITAL && elapsed.compareTo(AssignmentRules.HOSPITAL_STAY_LIMIT) >= 0) {
                flags.add(new Flag(Flag.Kind.LONG_HOSPITAL_STAY, unit.id(), unit.incidentId(), unit.statusSince(), elapsed,
                        unit.callSign() + " at hospital for " + Durations.text(elapsed)
                                + " without reporting clear (15 min); it may be given a new assignment"));
            }
        }
        return flags;
    }
}
