package se.larmcentral.calls;

import se.larmcentral.core.Transitions;

import static se.larmcentral.calls.CallState.*;

/**
 * The call life's transition table: every change not listed here is refused. Explicit, so that a test can check
 * every pair against it and a reader sees the whole machine at once.
 *
 * <pre>
 * from        allowed to
 * QUEUED      ANSWERED, ABANDONED
 * ANSWERED    CLASSIFIED
 * CLASSIFIED  HANDLED
 * HANDLED     CLOSED
 * CLOSED      (none)
 * ABANDONED   (none)
 * </pre>
 * A call that drops after it was answered is classified {@link Classification#HUNG_UP}, then handled and closed,
 * so every answered call carries a classification and an outcome.
 */
public final class CallTransitions {

    /** Refusals name the call and the field {@code state}. */
    public static final Transitions<CallState> TABLE = Transitions.of(CallState.class, "call", "state")
            .allow(QUEUED, ANSWERED, ABANDONED)
            .allow(ANSWERED, CLASSIFIED)
            .allow(CLASSIFIED, HANDLED)
            .allow(HANDLED, CLOSED)
            .allow(CLOSED)
            .allow(ABANDONED)
            .build();

    private CallTransitions() {
    }
}
