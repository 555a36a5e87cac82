package se.larmcentral.alarms.codes;

/**
 * What kind of signal an event code is (larmklass): it picks the object's action plan. {@link #UNKNOWN} is a code
 * the table does not hold: it is recorded as sent and shown as unknown, never refused.
 */
public enum AlarmClass {
    ALARM,
    FAULT,
    TEST,
    RESTORE,
    INFO,
    UNKNOWN
}
