package se.larmcentral.centre.process;

import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallUpdate;
import se.larmcentral.calls.CaseLinkKind;
import se.larmcentral.calls.Classification;
import se.larmcentral.calls.LinkCase;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.triage.AssessmentView;
import se.larmcentral.triage.StartAssessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The first step of a care call: its triage assessment (case id = call id) started and linked on the call, in one
 * commit. Decided on the writer thread against the state of the moment, so running it twice (a retry, a resumed
 * process, two fronts at once) starts and links once.
 */
public record StartCareAssessment(String callId) implements Command<CentreState, FollowUp> {

    @Override
    public Decision<FollowUp> decide(CentreState state, Instant now) {
        Call call = state.calls().requireCall("callId", callId);
        if (call.classification() == null || call.classification().classification() != Classification.CARE) {
            throw new ConflictException("state", "call " + callId + " is not classified CARE: no triage assessment");
        }
        List<DomainEvent> events = new ArrayList<>();
        String indexVersion = state.triage().assessment(callId).map(a -> a.indexVersion()).orElse(null);
        boolean present = indexVersion != null;
        if (!present) {
            Decision<AssessmentView> started = new StartAssessment(callId, null).decide(state.triage(), now);
            events.addAll(started.events());
            indexVersion = started.result().indexVersion();
        }
        Decision<CallUpdate> link = new LinkCase(callId, CaseLinkKind.TRIAGE_ASSESSMENT, callId,
                "triage assessment (index " + indexVersion + ")").decide(state.calls(), now);
        events.addAll(link.events());
        return Decision.of(new FollowUp(FollowUp.TRIAGE, present ? FollowUp.Done.ALREADY_PRESENT : FollowUp.Done.STARTED,
                callId, link.result().recorded(), "triage assessment " + callId
                + (present ? " was already started" : " started") + "; continue it under /api/triage/assessments/"
                + callId), events);
    }
}
