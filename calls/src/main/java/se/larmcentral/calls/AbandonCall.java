package se.larmcentral.calls;

import se.larmcentral.core.Elapsed;
import se.larmcentral.calls.CallEvent.CallAbandoned;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;

import java.time.Duration;
import java.time.Instant;

/** The caller hung up while the call was queued (reported by the telephony). */
public record AbandonCall(String callId) implements Command<CallsState, CallUpdate> {

    @Override
    public Decision<CallUpdate> decide(CallsState state, Instant now) {
        Call call = CallRules.transition(state, callId, CallState.ABANDONED);
        return Decision.of(new CallUpdate(callId, CallState.ABANDONED, now, true,
                        "abandoned after " + Elapsed.between(call.queuedAt(), now).toMillis() / 1000.0 + " s in the queue"),
                new CallAbandoned(callId, now));
    }
}
