package se.larmcentral.calls;

import se.larmcentral.core.SwedishTime;
import se.larmcentral.calls.CallEvent.MissingChildReportHandedOver;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;

import java.time.Instant;
import java.util.EnumSet;

/**
 * Records that the 116 000 report was handed over to the responsible organisation (configured), by which number.
 * The transfer itself (phone, secure message) is done by the server; this is the record of it.
 */
public record HandOverMissingChildReport(String callId, ResponsibleOrganisation organisation)
        implements Command<CallsState, CallUpdate> {

    @Override
    public Decision<CallUpdate> decide(CallsState state, Instant now) {
        if (organisation == null) {
            throw new InvalidInputException("organisation", "is missing; configure the 116 000 organisation and its number");
        }
        Call call = CallRules.requireState(state, callId, EnumSet.of(CallState.CLASSIFIED), "hand over a 116 000 report");
        MissingChildCase report = state.missingChildCase(callId).orElseThrow(() ->
                new NotFoundException("callId", "call " + callId + " has no 116 000 report to hand over"));
        if (report.handedOver()) {
            throw new ConflictException("callId", "the report of call " + callId + " was already handed over to "
                    + report.handOver().organisation().name() + " at " + SwedishTime.text(report.handOver().at()));
        }
        return Decision.of(new CallUpdate(callId, call.state(), now, true, "116 000 report handed over to "
                        + organisation.name() + " on " + organisation.number().national()),
                new MissingChildReportHandedOver(callId, organisation.name(), organisation.number(), now));
    }
}
