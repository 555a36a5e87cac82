package se.larmcentral.calls;

import se.larmcentral.core.ConflictException;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks shared by the call commands. */
final class CallRules {

    /** The states in which an operator is working on the call (may correct position and municipality). */
    static final Set<CallState> IN_HAND = EnumSet.of(CallState.ANSWERED, CallState.CLASSIFIED, CallState.HANDLED);

    private CallRules() {
    }

    /** The call, after checking that the table allows it to become {@code to}. */
    static Call transition(CallsState state, String callId, CallState to) {
        Ids.require("callId", callId);
        Call call = state.requireCall("callId", callId);
        CallTransitions.TABLE.check(callId, call.state(), to);
        return call;
    }

    /** The call, after checking that it is in one of {@code allowed}; the refusal names its state and what is done. */
    static Call requireState(CallsState state, String callId, Set<CallState> allowed, String what) {
        Ids.require("callId", callId);
        Call call = state.requireCall("callId", callId);
        if (!allowed.contains(call.state())) {
            throw new ConflictException("state", "call " + callId + " is " + call.state() + ": cannot " + what
                    + "; that is possible while it is " + allowed.stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        return call;
    }
}
