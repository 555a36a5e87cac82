package se.larmcentral.calls;

import se.larmcentral.calls.CallEvent.PositionCorrected;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

import java.time.Instant;

/**
 * The operator corrects the caller's position (for example from what the caller says); the reported positions are
 * kept beside it. {@code located} is the municipality the boundaries give for the corrected point.
 */
public record CorrectPosition(String callId, GeoPoint point, String reason, MunicipalityLocation located)
        implements Command<CallsState, CallUpdate> {

    @Override
    public Decision<CallUpdate> decide(CallsState state, Instant now) {
        if (point == null) {
            throw new InvalidInputException("point", "is missing");
        }
        if (located == null) {
            throw new InvalidInputException("located", "is missing; give MunicipalityLocation.notFound(reason) when none");
        }
        String text = Ids.requireText("reason", reason, 500);
        Call call = CallRules.requireState(state, callId, CallRules.IN_HAND, "correct the position");
        return Decision.of(new CallUpdate(callId, call.state(), now, true,
                        "position corrected to " + point.lat() + "," + point.lon() + "; " + located.explanation()),
                new PositionCorrected(callId, point, text, located, now));
    }
}
