package se.larmcentral.calls;

import se.larmcentral.core.Elapsed;
import se.larmcentral.calls.CallEvent.CallAnswered;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An operator answers a queued call; its answer time is now − queued. */
public record AnswerCall(String callId) implements Command<CallsState, CallUpdate> {

    /**
     * This operator answers the call; when they already have (a retry after a lost answer), the earlier answer
     * again, recording nothing, rather than the conflict a colleague's answer is.
     */
    public static Command<CallsState, CallUpdate> by(String callId, String operator) {
        AnswerCall answer = new AnswerCall(callId);
        return (state, now) -> answer.earlier(state, operator).map(update -> Decision.of(update))
                .orElseGet(() -> answer.decide(state, now));
    }

    /** The operator's answer of this call, when it is the call's latest answer and the call has not gone back to the queue. */
    Optional<CallUpdate> earlier(CallsState state, String operator) {
        Optional<Call> call = state.call(callId);
        if (call.isEmpty() || call.get().state() == CallState.QUEUED || operator == null) {
            return Optional.empty();
        }
        List<CallTransition> transitions = call.get().transitions();
        for (int i = transitions.size() - 1; i >= 0; i--) {
            CallTransition t = transitions.get(i);
            if (t.to() == CallState.ANSWERED) {
                if (!operator.equals(t.operator())) {
                    return Optional.empty();
                }
                Duration answerTime = Duration.between(call.get().queuedAt(), t.at());
                return Optional.of(new CallUpdate(callId, CallState.ANSWERED, t.at(), false, "answered by you after "
                        + answerTime.toMillis() / 1000.0 + " s in the queue (already: nothing new recorded)"));
            }
        }
        return Optional.empty();
    }

    @Override
    public Decision<CallUpdate> decide(CallsState state, Instant now) {
        Call call = CallRules.transition(state, callId, CallState.ANSWERED);
        Duration answerTime = Elapsed.between(call.queuedAt(), now);
        return Decision.of(new CallUpdate(callId, CallState.ANSWERED, now, true,
                        "answered after " + answerTime.toMillis() / 1000.0 + " s in the queue"),
                new CallAnswered(callId, now));
    }
}
