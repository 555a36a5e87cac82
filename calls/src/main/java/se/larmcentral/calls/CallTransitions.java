package se.larmcentral.calls;

import se.larmcentral.core.ConflictException;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

    private static final Map<CallState, Set<CallState>> ALLOWED = new EnumMap<>(CallState.class);

    static {
        allow(QUEUED, ANSWERED, ABANDONED);
        allow(ANSWERED, CLASSIFIED);
        allow(CLASSIFIED, HANDLED);
        allow(HANDLED, CLOSED);
        allow(CLOSED);
        allow(ABANDONED);
    }

    private CallTransitions() {
    }

    private static void allow(CallState from, CallState... to) {
        EnumSet<CallState> set = EnumSet.noneOf(CallState.class);
        Collections.addAll(set, to);
        ALLOWED.put(from, Collections.unmodifiableSet(set));
    }

    /** The states a call in {@code from} may go to. */
    public static Set<CallState> allowedFrom(CallState from) {
        return ALLOWED.get(from);
    }

    public static boolean isAllowed(CallState from, CallState to) {
        return ALLOWED.get(from).contains(to);
    }

    /**
     * Refuses a change the table does not allow, naming the call, its state and what it may go to.
     *
     * @throws ConflictException on field {@code state}
     */
    public static void check(String callId, CallState from, CallState to) {
        if (!isAllowed(from, to)) {
            Set<CallState> allowed = allowedFrom(from);
            String next = allowed.isEmpty() ? "nothing (its life is over)"
                    : allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
            throw new ConflictException("state", "call " + callId + " is " + from + " and cannot become " + to
                    + "; from " + from + " it may become: " + next);
        }
    }
}
