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
    NOTIFY_ON_CALL
}
