package se.larmcentral.centre.desks;

/** A desk's SIP phone (bordstelefon), as the telephony front last reported it. */
public enum PhoneState {
    /** Not registered: no call can ring at the desk. */
    UNREGISTERED,
    /** Registered and free. */
    IDLE,
    /** Ringing for a call the centre offered the desk. */
    RINGING,
    /** Connected to a caller. */
    CONNECTED,
    /** Connected, and the operator has put the caller on hold (the phone's re-INVITE: sendonly or inactive). */
    ON_HOLD
}
