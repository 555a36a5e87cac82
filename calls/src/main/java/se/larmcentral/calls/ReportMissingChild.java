package se.larmcentral.calls;

import se.larmcentral.calls.CallEvent.MissingChildReported;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * Takes the 116 000 report form on a call classified {@link Classification#MISSING_CHILD_116_000}. Every field at
 * fault is named in one refusal. The same report again records nothing; a different one is a conflict.
 */
public record ReportMissingChild(String callId, MissingChildReport report, List<FieldProblem> unreadable)
        implements Command<CallsState, CallUpdate> {

    /**
     * @param unreadable fields of the form that could not be read (their value is null in the report); refused with
     *                   the report's other problems in one answer
     */
    public ReportMissingChild {
        unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
    }

    public ReportMissingChild(String callId, MissingChildReport report) {
        this(callId, report, List.of());
    }

    @Override
    public Decision<CallUpdate> decide(CallsState state, Instant now) {
        if (report == null) {
            throw new InvalidInputException("report", "is missing");
        }
        report.validate(now, unreadable);
        Call call = CallRules.requireState(state, callId, EnumSet.of(CallState.CLASSIFIED), "take a 116 000 report");
        if (call.classification().classification() != Classification.MISSING_CHILD_116_000) {
            throw new ConflictException("callId", "call " + callId + " is classified "
                    + call.classification().classification() + ", not " + Classification.MISSING_CHILD_116_000);
        }
        var existing = state.missingChildCase(callId);
        if (existing.isPresent()) {
            if (existing.get().report().equals(report)) {
                return Decision.of(new CallUpdate(callId, call.state(), now, false, "the same report was already taken"));
            }
            throw new ConflictException("report", "call " + callId + " already has a 116 000 report, taken at "
                    + existing.get().reportedAt());
        }
        return Decision.of(new CallUpdate(callId, call.state(), now, true, "116 000 report taken"),
                new MissingChildReported(callId, report, now));
    }
}
