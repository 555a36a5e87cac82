package se.larmcentral.centre.process;

import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallState;
import se.larmcentral.calls.CaseLinkKind;
import se.larmcentral.calls.Classification;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Command;
import se.larmcentral.triage.Assessment;

import java.util.Optional;

/**
 * What a classified call still needs from the rest of the centre, as a pure function of the state: a care call
 * gets a triage assessment (its case id is the call id), then, once the assessment has a priority, a dispatch
 * incident with the unit its response plan asks for; a social call gets the social router's decision. A step is due
 * only while the call is {@code CLASSIFIED} (its links are recorded then) and until its link is on the call. After
 * that, while the call is classified or handled, its open incident follows the call's position and priority.
 */
public final class CallProcess {

    private CallProcess() {
    }

    /** The step due next for the call, if any. */
    public static Optional<Command<CentreState, FollowUp>> next(CentreState state, String callId) {
        Optional<Call> found = state.calls().call(callId);
        if (found.isEmpty() || found.get().classification() == null) {
            return Optional.empty();
        }
        Call call = found.get();
        if (call.state() == CallState.HANDLED && call.classification().classification() == Classification.CARE
                && FollowCareIncident.due(state, call)) {
            return Optional.of(new FollowCareIncident(callId));
        }
        if (call.state() != CallState.CLASSIFIED) {
            return Optional.empty();
        }
        return switch (call.classification().classification()) {
            case CARE -> nextForCare(state, call);
            case SOCIAL -> linked(call, CaseLinkKind.SOCIAL_DECISION) ? Optional.empty()
                    : Optional.of(new RouteSocialCall(callId));
            default -> Optional.empty();
        };
    }

    private static Optional<Command<CentreState, FollowUp>> nextForCare(CentreState state, Call call) {
        Optional<Assessment> assessment = state.triage().assessment(call.id());
        if (assessment.isEmpty() || !linked(call, CaseLinkKind.TRIAGE_ASSESSMENT)) {
            return Optional.of(new StartCareAssessment(call.id()));
        }
        if (!assessment.get().decided()) {
            return Optional.empty();
        }
        if (linked(call, CaseLinkKind.DISPATCH_INCIDENT)) {
            return FollowCareIncident.due(state, call) ? Optional.of(new FollowCareIncident(call.id())) : Optional.empty();
        }
        boolean sendsUnit = CreateCareIncident.plannedUnit(state, call.id()).isPresent();
        return sendsUnit ? Optional.of(new CreateCareIncident(call.id())) : Optional.empty();
    }

    static boolean linked(Call call, CaseLinkKind kind) {
        return call.links().stream().anyMatch(link -> link.kind() == kind);
    }
}
