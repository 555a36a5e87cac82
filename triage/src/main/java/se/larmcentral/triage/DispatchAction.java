package se.larmcentral.triage;

/** The default action a region takes at a priority. */
public enum DispatchAction {
    /** Send the nearest available ambulance while the call is still going on. */
    NEAREST_DURING_CALL,
    /** Send an ambulance after the call. */
    SEND_AMBULANCE,
    /** Tell the caller the expected wait; the assignment waits for a free unit. */
    TELL_EXPECTED_WAIT,
    /** Book a transport, or give advice and refer (for instance to 1177). */
    BOOK_TRANSPORT_OR_REFER
}
