package se.larmcentral.calls;

import se.larmcentral.calls.CallEvent.PositionReported;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;

import java.time.Instant;
import java.util.EnumSet;

/**
 * Attaches a reported position (from a parsed AML message or PIDF-LO body) to a call, with the municipality the
 * boundaries gave for it ({@link MunicipalityLookup#locate}). Possible at any point of the call's life until it is
 * closed: AML often arrives before the call is answered, and an abandoned caller's position helps the call-back.
 */
public record AttachPosition(String callId, ReportedPosition position, MunicipalityLocation located)
        implements Command<CallsState, CallUpdate> {

    @Override
    public Decision<CallUpdate> decide(CallsState state, Instant now) {
        if (position == null) {
            throw new InvalidInputException("position", "is missing");
        }
        if (located == null) {
            throw new InvalidInputException("located", "is missing; give MunicipalityLocation.notFound(reason) when none");
        }
        Call call = CallRules.requireState(state, callId, EnumSet.complementOf(EnumSet.of(CallState.CLOSED)),
                "attach a position");
        ReportedPosition kept = position.plausibleAt(now);
        return Decision.of(new CallUpdate(callId, call.state(), now, true,
                        "position from " + position.source() + " attached; " + located.explanation()
                                + (kept != position ? "; its time " + position.determinedAt()
                                + " was implausible and is not kept" : "")),
                new PositionReported(callId, kept, located, now));
    }
}
