package se.larmcentral.social;

/** Whom a forwarded call reaches. */
public enum TargetKind {
    /** The jour's own number. */
    JOUR,
    /** The person on duty according to the roster. */
    ROSTERED_PERSON,
    /** The municipality's forwarding number under the agreement. */
    FORWARDING_NUMBER,
    /** The number of a one-off change. */
    ONE_OFF_NUMBER
}
