package se.larmcentral.dispatch;

/**
 * A unit's status (enhetsstatus). Which changes are allowed is {@link StatusTransitions}.
 */
public enum UnitStatus {
    /** Ledig på station: free, at its station. */
    AVAILABLE_AT_STATION,
    /** Ledig ute: free and on the road. */
    AVAILABLE_MOBILE,
    /** Larmad: given an assignment, not yet acknowledged. */
    ALERTED,
    /** Kvitterad: the crew has acknowledged the alert. */
    ACKNOWLEDGED,
    /** Framkörning: driving to the incident. */
    EN_ROUTE,
    /** Framme: at the incident. */
    ON_SCENE,
    /** Transport: patient on board, on the way to the destination. */
    TRANSPORT,
    /** Vid sjukhus / lämnar: at the hospital, handing the patient over. */
    AT_HOSPITAL,
    /** Klar uppdrag: the assignment is done and the unit is free where it is. */
    CLEAR,
    /** Ej larmberedd: temporarily unavailable, with a reason and an expected time back. */
    TEMPORARILY_UNAVAILABLE,
    /** Ej i tjänst: out of service (off shift, in the workshop). */
    OUT_OF_SERVICE;

    /** Free to take a new assignment without taking it from anything. */
    public boolean isAvailable() {
        return this == AVAILABLE_AT_STATION || this == AVAILABLE_MOBILE || this == CLEAR;
    }

    /** Committed to an incident but not yet there: alerted, acknowledged or en route. */
    public boolean isOnTheWay() {
        return this == ALERTED || this == ACKNOWLEDGED || this == EN_ROUTE;
    }

    /** Working on an incident (from alerted to at hospital). */
    public boolean isOnAssignment() {
        return isOnTheWay() || this == ON_SCENE || this == TRANSPORT || this == AT_HOSPITAL;
    }
}
