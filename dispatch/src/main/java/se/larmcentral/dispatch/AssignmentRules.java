package se.larmcentral.dispatch;

import java.time.Duration;
import java.time.Instant;

/**
 * Which units may take a new incident, shared by the assignment commands and the recommender so that advice and
 * decision never disagree. The rules (DOMAIN.md section 2):
 * <ul>
 *   <li>a free unit (available at station, available mobile, clear) may be assigned;</li>
 *   <li>a unit on its way (alerted, acknowledged, en route) to a priority 2 or 3 may be redirected to a new
 *       priority 1; never one on its way to a priority 1, and never for a new priority 2, 3 or 4;</li>
 *   <li>a unit at hospital that has not reported clear for {@link #HOSPITAL_STAY_LIMIT} or longer may be given a
 *       new assignment (at exactly 15:00 it may);</li>
 *   <li>every other status (on scene, transport, temporarily unavailable, out of service) refuses.</li>
 * </ul>
 */
public final class AssignmentRules {

    /** After this long at hospital without clear, a unit may be given a new assignment. */
    public static final Duration HOSPITAL_STAY_LIMIT = Duration.ofMinutes(15);

    private AssignmentRules() {
    }

    /** May {@code unit} be given a new incident of {@code priority} at {@code now}? */
    public static Eligibility eligibility(DispatchState state, Unit unit, int priority, Instant now) {
        UnitStatus status = unit.status();
        if (status == UnitStatus.AVAILABLE_AT_STATION) {
            return new Eligibility(Eligibility.Kind.AVAILABLE_AT_STATION, null, 0, "available at station");
        }
        if (status.isAvailable()) {
            return new Eligibility(Eligibility.Kind.AVAILABLE_MOBILE, null, 0,
                    status == UnitStatus.CLEAR ? "clear, free where it finished" : "available, mobile");
        }
        Incident current = unit.incident().flatMap(state::incident).orElse(null);
        if (status.isOnTheWay() && current != null) {
            if (current.priority() == 1) {
                return refuse("on its way to priority 1 incident " + current.id() + "; a unit is never taken from a priority 1");
            }
            if (priority != 1) {
                return refuse("on its way to priority " + current.priority() + " incident " + current.id()
                        + "; it may be redirected only to a new priority 1");
            }
            if (current.priority() == 2 || current.priority() == 3) {
                return new Eligibility(Eligibility.Kind.REDIRECTION, current.id(), current.priority(),
                        "redirection from priority " + current.priority() + " incident " + current.id());
            }
            return refuse("on its way to priority " + current.priority() + " incident " + current.id()
                    + "; only a unit on its way to a priority 2 or 3 may be redirected");
        }
        if (status == UnitStatus.AT_HOSPITAL) {
            Duration stay = unit.inStatusFor(now);
            String stayText = Durations.text(stay);
            if (stay.compareTo(HOSPITAL_STAY_LIMIT) >= 0) {
                return new Eligibility(Eligibility.Kind.HOSPITAL_OVERDUE, unit.incidentId(), current == null ? 0 : current.priority(),
                        "at hospital for " + stayText + " without reporting clear (15 min or more)");
            }
            return refuse("at hospital for " + stayText + "; it may be given a new assignment after 15 min without clear");
        }
        if (status == UnitStatus.TEMPORARILY_UNAVAILABLE) {
            return refuse("temporarily unavailable" + (unit.unavailableReason() == null ? "" : " (" + unit.unavailableReason() + ")")
                    + (unit.expectedBackAt() == null ? "" : ", expected back at " + unit.expectedBackAt()));
        }
        return refuse("not available: " + status);
    }

    private static Eligibility refuse(String reason) {
        return new Eligibility(Eligibility.Kind.NOT_ELIGIBLE, null, 0, reason);
    }
}
