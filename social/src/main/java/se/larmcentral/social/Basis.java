package se.larmcentral.social;

/** Which kind of rule decided a call; coverage gaps and the plan are read from it. */
public enum Basis {
    /** Basic service: always connected to the forwarding number. */
    BASIC_SERVICE,
    /** Extended agreement without set times: connected at all times. */
    ALL_TIMES,
    /** Inside a window of the set times. */
    WINDOW,
    /** Outside every window: the municipality's message. */
    OUTSIDE_WINDOWS,
    /** A one-off change connects. */
    ONE_OFF_CONNECT,
    /** A one-off change closes. */
    ONE_OFF_CLOSED,
    /** The person on duty in the roster. */
    ROSTER_SHIFT,
    /** Inside the set times the roster names nobody: the agreement's fallback. */
    ROSTER_GAP,
    /** No agreement in force: the dated policy. */
    NO_AGREEMENT
}
