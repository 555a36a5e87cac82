package se.larmcentral.calls;

/**
 * Where a call is in its life. The allowed changes are in {@link CallTransitions}.
 */
public enum CallState {
    /** Waiting in the queue (i kö) since it entered the queue. */
    QUEUED,
    /** An operator has answered (besvarat). */
    ANSWERED,
    /** The operator has said what the call is about. */
    CLASSIFIED,
    /** What the call needed is done (connected, handed over, advice given); the outcome is recorded. */
    HANDLED,
    /** The call is over and its record complete. */
    CLOSED,
    /** The caller hung up while the call was still queued (avbrutet i kö). */
    ABANDONED;

    /** Whether nothing more can happen to the call's life. */
    public boolean isFinal() {
        return this == CLOSED || this == ABANDONED;
    }
}
