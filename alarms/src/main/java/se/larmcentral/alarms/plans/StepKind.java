package se.larmcentral.alarms.plans;

/** What one step of an action plan has the operator do. */
public enum StepKind {
    /** Call the object's key holders in order (nyckelinnehavare). */
    CALL_KEY_HOLDERS,
    /** Send a guard from the guard company (väktare). */
    SEND_GUARD,
    /** Call 112 / alert the rescue service or ambulance (larma räddningstjänst). */
    CALL_112,
    /** Notify the customer's on-call number (kundens jour). */
    NOTIFY_ON_CALL,
    /**
     * Alert the rescue service of the object's municipality (larma räddningstjänsten): an automatic fire alarm
     * (automatlarm); the step may say it is done at once, on receipt, without waiting for the operator.
     */
    ALERT_RESCUE_SERVICE
}
