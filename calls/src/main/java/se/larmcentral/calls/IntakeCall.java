package se.larmcentral.calls;

import se.larmcentral.calls.CallEvent.CallQueued;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Takes in a call that entered the queue at {@code queuedAt} (inkommande samtal). Idempotent: the same call id with
 * the same content again records nothing and answers as before; the same id with different content is a conflict
 * naming what differs.
 *
 * @param callerNumber the caller's number, or null when withheld
 * @param queuedAt     when it entered the queue, as the telephony saw it; at most {@link #CLOCK_SKEW} after now
 */
public record IntakeCall(String callId, DialledLine line, PhoneNumber callerNumber, Instant queuedAt)
        implements Command<CallsState, CallUpdate> {

    /** How far the telephony's clock may run ahead of the centre's. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(2);

    @Override
    public Decision<CallUpdate> decide(CallsState state, Instant now) {
        Ids.require("callId", callId);
        if (line == null) {
            throw new InvalidInputException("line", "is missing; give 112, 113 13, 116 000 or a direct number");
        }
        if (queuedAt == null) {
            throw new InvalidInputException("queuedAt", "is missing; give the instant the call entered the queue");
        }
        if (queuedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInputException("queuedAt", "is " + queuedAt + ", after now (" + now + ")");
        }
        var existing = state.call(callId);
        if (existing.isPresent()) {
            Call call = existing.get();
            List<String> differences = new ArrayList<>();
            if (!call.line().equals(line)) {
                differences.add("line (" + call.line().label() + " before, " + line.label() + " now)");
            }
            if (!Objects.equals(call.callerNumber(), callerNumber)) {
                differences.add("callerNumber (" + call.callerNumber() + " before, " + callerNumber + " now)");
            }
            if (!call.queuedAt().equals(queuedAt)) {
                differences.add("queuedAt (" + call.queuedAt() + " before, " + queuedAt + " now)");
            }
            if (!differences.isEmpty()) {
                throw new ConflictException("callId", "call " + callId + " was already taken in with other content: "
                        + String.join(", ", differences));
            }
            return Decision.of(new CallUpdate(callId, call.state(), now, false,
                    "call " + callId + " was already taken in; nothing recorded"));
        }
        return Decision.of(new CallUpdate(callId, CallState.QUEUED, now, true,
                        "call " + callId + " on " + line.label() + " queued since " + queuedAt),
                new CallQueued(callId, line, callerNumber, queuedAt, now));
    }
}
