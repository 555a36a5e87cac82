package se.larmcentral.dispatch;

/** Where an incident (ärende) stands. */
public enum IncidentStatus {
    /** Waiting for a unit, in the pending queue (kö). */
    QUEUED,
    /** At least one unit works on it. */
    ASSIGNED,
    /** A unit reached it and every unit has left it. */
    CLOSED,
    CANCELLED
}
