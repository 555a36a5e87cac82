package se.larmcentral.calls;

import se.larmcentral.calls.CallEvent.CallHandled;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;

import java.time.Instant;

/**
 * Marks a classified call handled with its outcome summary. A 116 000 call must first have its report taken and
 * handed over to the responsible organisation.
 */
public record MarkHandled(String callId, String outcome) implements Command<CallsState, CallUpdate> {

    @Override
    public Decision<CallUpdate> decide(CallsState state, Instant now) {
        String summary = Ids.requireText("outcome", outcome, 2000);
        Call call = CallRules.transition(state, callId, CallState.HANDLED);
        if (call.classification().classification() == Classification.MISSING_CHILD_116_000) {
            MissingChildCase report = state.missingChildCase(callId).orElse(null);
            if (report == null || !report.handedOver()) {
                throw new ConflictException("state", "call " + callId + " is a 116 000 report: "
                        + (report == null ? "take the report" : "hand the report over")
                        + " before marking it handled");
            }
        }
        return Decision.of(new CallUpdate(callId, CallState.HANDLED, now, true, "handled: " + summary),
                new CallHandled(callId, summary, now));
    }
}
