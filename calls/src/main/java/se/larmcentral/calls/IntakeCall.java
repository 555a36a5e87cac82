package se.larmcentral.calls;

import se.larmcentral.calls.CallEvent.CallQueued;
import se.larmcentral.calls.CallEvent.PositionReported;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.TimeWindow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Takes in a call that entered the queue at {@code queuedAt} (inkommande samtal), with the caller's position when the
 * telephony knows it. Idempotent: the same call id with the same content again records nothing and answers as
 * before; the same id with different content is a conflict naming what differs. Only what is given is compared: a
 * retry without {@code queuedAt} or without a position matches the call taken in before.
 *
 * @param callerNumber the caller's number, or null when withheld
 * @param queuedAt     when it entered the queue, as the telephony saw it; within {@link TimeWindow#OBSERVED} of now;
 *                     null: now when the call is new, not compared when it exists
 * @param position     the caller's position if known, attached as a reported position in the same decision; or null
 * @param located      with a position: the municipality the boundaries gave for it
 */
public record IntakeCall(String callId, DialledLine line, PhoneNumber callerNumber, Instant queuedAt,
                         ReportedPosition position, MunicipalityLocation located)
        implements Command<CallsState, CallUpdate> {

    /** How far the telephony's clock may run ahead of the centre's ({@link TimeWindow#OBSERVED}). */
    public static final Duration CLOCK_SKEW = TimeWindow.OBSERVED.ahead();

    /** An intake without a position. */
    public IntakeCall(String callId, DialledLine line, PhoneNumber callerNumber, Instant queuedAt) {
        this(callId, line, callerNumber, queuedAt, null, null);
    }

    @Override
    public Decision<CallUpdate> decide(CallsState state, Instant now) {
        Ids.require("callId", callId);
        if (line == null) {
            throw new InvalidInputException("line", "is missing; give 112, 113 13, 116 000 or a direct number");
        }
        TimeWindow.OBSERVED.check("queuedAt", queuedAt, now);
        ReportedPosition kept = position == null ? null : position.plausibleAt(now);
        if (position != null && located == null) {
            throw new InvalidInputException("located", "is missing; give MunicipalityLocation.notFound(reason) when none");
        }
        var existing = state.call(callId);
        if (existing.isPresent()) {
            return again(existing.get(), kept, now);
        }
        Instant entered = queuedAt == null ? now : queuedAt;
        List<DomainEvent> events = new ArrayList<>(2);
        events.add(new CallQueued(callId, line, callerNumber, entered, now));
        String explanation = "call " + callId + " on " + line.label() + " queued since " + entered;
        if (kept != null) {
            events.add(new PositionReported(callId, kept, located, now));
            explanation += "; position from " + kept.source() + " attached; " + located.explanation()
                    + (kept != position ? "; its time " + position.determinedAt() + " was implausible and is not kept" : "");
        }
        return Decision.of(new CallUpdate(callId, CallState.QUEUED, now, true, explanation),
                events.toArray(DomainEvent[]::new));
    }

    private Decision<CallUpdate> again(Call call, ReportedPosition position, Instant now) {
        List<String> differences = new ArrayList<>();
        if (!call.line().equals(line)) {
            differences.add("line (" + call.line().label() + " before, " + line.label() + " now)");
        }
        if (!Objects.equals(call.callerNumber(), callerNumber)) {
            differences.add("callerNumber (" + call.callerNumber() + " before, " + callerNumber + " now)");
        }
        if (queuedAt != null && !call.queuedAt().equals(queuedAt)) {
            differences.add("queuedAt (" + call.queuedAt() + " before, " + queuedAt + " now)");
        }
        if (position != null && call.position().reported().stream().noneMatch(r -> r.position().equals(position))) {
            differences.add("position (" + (call.position().reported().isEmpty() ? "none" : "another")
                    + " before, " + describe(position) + " now)");
        }
        if (!differences.isEmpty()) {
            throw new ConflictException("callId", "call " + callId + " was already taken in with other content: "
                    + String.join(", ", differences));
        }
        return Decision.of(new CallUpdate(callId, call.state(), now, false,
                "call " + callId + " was already taken in; nothing recorded"));
    }

    private static String describe(ReportedPosition position) {
        return position.point() == null ? "a civic address" : position.point().toString();
    }
}
