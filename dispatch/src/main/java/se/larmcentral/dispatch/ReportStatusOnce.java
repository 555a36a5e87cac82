package se.larmcentral.dispatch;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.DispatchEvent.StatusReportReceived;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A status report from a crew's terminal, which may have waited on the device for a connection: it carries the
 * terminal's own {@code reportId} and the instant it was pressed. A report whose id the unit has already had recorded
 * is answered with that first outcome and records nothing (the terminal sends again when it never saw the answer);
 * otherwise it is decided as {@link ReportStatus} and recorded with {@link StatusReportReceived}. The centre keeps the
 * last {@link DispatchState#REMEMBERED_REPORTS} ids per unit, far more than a terminal holds back.
 *
 * @param pressedAt when the crew pressed the button, by the device's clock; null: when it is received
 */
public record ReportStatusOnce(String reportId, Instant pressedAt, ReportStatus report)
        implements Command<DispatchState, ReportStatusOnce.Outcome> {

    /** A device clock may be this far ahead of the centre's before its report is refused (as for positions). */
    public static final Duration CLOCK_TOLERANCE = ReportPosition.CLOCK_TOLERANCE;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /**
     * The answer: the change the report made, when it was pressed and received.
     *
     * @param repeated true when the report had been recorded before and this is its first outcome again
     */
    public record Outcome(StatusChange change, String reportId, Instant pressedAt, Instant receivedAt,
                          boolean repeated) {
    }

    @Override
    public Decision<Outcome> decide(DispatchState state, Instant now) {
        if (reportId == null || !ID.matcher(reportId).matches()) {
            throw new InvalidInputException("reportId", "must be 1-64 letters, digits or . _ : - (the terminal's own"
                    + " id for the report), was " + (reportId == null ? "missing" : "'" + reportId + "'"));
        }
        String unitId = report.unitId();
        state.requireUnit("unitId", unitId);
        Optional<StatusReportReceived> earlier = state.statusReport(unitId, reportId);
        if (earlier.isPresent()) {
            StatusReportReceived first = earlier.get();
            if (first.to() != report.status()) {
                throw new ConflictException("reportId", "report " + reportId + " of unit " + unitId + " was recorded"
                        + " as " + first.to() + ", not " + report.status() + ": give each report its own id");
            }
            return Decision.of(new Outcome(new StatusChange(unitId, first.from(), first.to(), first.incidentId()),
                    reportId, first.pressedAt(), first.receivedAt(), true));
        }
        Instant pressed = pressedAt == null ? now : pressedAt;
        if (pressed.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new InvalidInputException("pressedAt", "lies in the future (" + pressed + ", now " + now
                    + "): is the terminal's clock right?");
        }
        Decision<StatusChange> decided = report.decide(state, now);
        StatusChange change = decided.result();
        List<DomainEvent> events = new ArrayList<>(decided.events());
        events.add(new StatusReportReceived(unitId, reportId, change.incidentId(), change.from(), change.to(),
                pressed, now));
        return Decision.of(new Outcome(change, reportId, pressed, now, false), events);
    }
}
