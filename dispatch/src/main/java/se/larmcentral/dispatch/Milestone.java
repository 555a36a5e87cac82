package se.larmcentral.dispatch;

/** The timestamps kept per case (tidpunkter), in the order they normally happen. */
public enum Milestone {
    /** The call entered the queue (from the call module); start of the response time. */
    QUEUED,
    PRIORITY_DECIDED,
    /** The first unit was alerted. */
    UNIT_ALERTED,
    ACKNOWLEDGED,
    EN_ROUTE,
    /** The first unit arrived; end of the response time. */
    ON_SCENE,
    AT_PATIENT,
    LEFT_SCENE,
    AT_DESTINATION,
    HANDOVER_COMPLETE,
    /** The first unit became available again after the assignment. */
    AVAILABLE,
    CANCELLED
}
