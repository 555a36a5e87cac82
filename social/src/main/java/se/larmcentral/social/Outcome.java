package se.larmcentral.social;

/** What the operator does with a social call. */
public enum Outcome {
    /** Connect the call to a number (the jour, the person on duty, a forwarding number). */
    FORWARD,
    /** Tell the caller the municipality's own message (outside its set times, or closed by a one-off change). */
    MESSAGE,
    /** Tell the caller that socialjour is not available in this municipality; no referral, nothing further. */
    NOT_AVAILABLE,
    /** Refer the caller to the police on 114 14 (municipalities without agreement, before 2017-12-23 17:00). */
    REFER_POLICE
}
