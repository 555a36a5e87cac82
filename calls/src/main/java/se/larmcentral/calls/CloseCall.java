package se.larmcentral.calls;

import se.larmcentral.calls.CallEvent.CallClosed;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;

import java.time.Instant;

/** Closes a handled call: its record is complete. */
public record CloseCall(String callId) implements Command<CallsState, CallUpdate> {

    @Override
    public Decision<CallUpdate> decide(CallsState state, Instant now) {
        CallRules.transition(state, callId, CallState.CLOSED);
        return Decision.of(new CallUpdate(callId, CallState.CLOSED, now, true, "call " + callId + " closed"),
                new CallClosed(callId, now));
    }
}
