package se.larmcentral.dispatch;

import se.larmcentral.core.SwedishTime;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.TimeWindow;
import se.larmcentral.dispatch.DispatchEvent.PositionReported;

import java.time.Duration;
import java.time.Instant;

/**
 * A vehicle location update (fordonsposition). Refuses an unknown unit and a position observed in the future
 * (beyond {@link #CLOCK_TOLERANCE} of clock skew). A position older than the one held is ignored without an event
 * (updates may arrive out of order). An old position is accepted: the recommender uses it and marks it stale.
 */
public record ReportPosition(String unitId, GeoPoint position, Instant observedAt)
        implements Command<DispatchState, ReportPosition.Answer> {

    /** How far in the future a device clock may be before its report is refused. */
    public static final Duration CLOCK_TOLERANCE = Duration.ofSeconds(30);

    /** Whether the position was taken, and why not when it was not. */
    public record Answer(String unitId, boolean accepted, String explanation) {
    }

    @Override
    public Decision<Answer> decide(DispatchState state, Instant now) {
        Unit unit = state.requireUnit("unitId", unitId);
        if (position == null) {
            throw new InvalidInputException("position", "is missing");
        }
        if (observedAt == null) {
            throw new InvalidInputException("observedAt", "is missing; give when the position was observed");
        }
        if (observedAt.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new InvalidInputException("observedAt", "lies in the future (" + SwedishTime.text(observedAt) + ", now " + SwedishTime.text(now) + ")");
        }
        if (observedAt.isBefore(TimeWindow.OBSERVED.earliest(now))) {
            throw new InvalidInputException("observedAt", "is " + observedAt + ", more than "
                    + TimeWindow.OBSERVED.back().toHours() + " hours before now (" + now + "); check the unit's clock");
        }
        if (unit.positionObservedAt() != null && !observedAt.isAfter(unit.positionObservedAt())) {
            return Decision.of(new Answer(unitId, false, "ignored: not newer than the position held, observed at "
                    + unit.positionObservedAt()));
        }
        return Decision.of(new Answer(unitId, true, "position observed at " + observedAt),
                new PositionReported(unitId, position, observedAt));
    }
}
