package se.larmcentral.dispatch;

/**
 * Whether and how a unit may be given a new incident, with the reason in words.
 *
 * @param kind            how it may be taken, or {@link Kind#NOT_ELIGIBLE}
 * @param fromIncidentId  the incident it would leave (redirection, or the case it is at hospital with), or null
 * @param fromPriority    that incident's priority, or 0
 * @param reason          why, for the operator
 */
public record Eligibility(Kind kind, String fromIncidentId, int fromPriority, String reason) {

    public enum Kind {
        /** Free at its station. */
        AVAILABLE_AT_STATION,
        /** Free on the road (available mobile, or clear where it finished). */
        AVAILABLE_MOBILE,
        /** Omdirigering: on its way to a priority 2 or 3, taken for a new priority 1. */
        REDIRECTION,
        /** At hospital for 15 minutes or more without reporting clear. */
        HOSPITAL_OVERDUE,
        NOT_ELIGIBLE
    }

    public boolean eligible() {
        return kind != Kind.NOT_ELIGIBLE;
    }
}
