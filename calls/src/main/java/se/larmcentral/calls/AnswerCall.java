package se.larmcentral.calls;

import se.larmcentral.core.Elapsed;
import se.larmcentral.calls.CallEvent.CallAnswered;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;

import java.time.Duration;
import java.time.Instant;

/** An operator answers a queued call; its answer time is now − queued. */
public record AnswerCall(String callId) implements Command<CallsState, CallUpdate> {

    @Override
    public Decision<CallUpdate> decide(CallsState state, Instant now) {
        Call call = CallRules.transition(state, callId, CallState.ANSWERED);
        Duration answerTime = Elapsed.between(call.queuedAt(), now);
        return Decision.of(new CallUpdate(callId, CallState.ANSWERED, now, true,
                        "answered after " + answerTime.toMillis() / 1000.0 + " s in the queue"),
                new CallAnswered(callId, now));
    }
}
