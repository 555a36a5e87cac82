package se.larmcentral.centre.process;

import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallUpdate;
import se.larmcentral.calls.Classification;
import se.larmcentral.calls.ReclassifyCall;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.dispatch.CancelIncident;
import se.larmcentral.dispatch.Incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The operator corrects a call's classification, in one commit with what the first classification started: a care
 * call's open incident is cancelled when the operator closes the follow-ups (refused as a whole while a unit has
 * the patient), or kept for the dispatcher when the operator keeps them. The assessment and a recorded social
 * decision stay as the history of the call. The new classification's own steps are then run by the call's
 * process like a first classification's.
 *
 * @param closeFollowUps true to close what the earlier classification started, false to keep it
 */
public record Reclassify(ReclassifyCall command, boolean closeFollowUps) implements Command<CentreState, Reclassify.Reclassified> {

    /** The correction and the follow-ups it closed (incident ids). */
    public record Reclassified(CallUpdate update, List<String> closed) {
    }

    @Override
    public Decision<Reclassified> decide(CentreState state, Instant now) {
        Decision<CallUpdate> reclassified = command.decide(state.calls(), now);
        Call call = state.calls().requireCall("callId", command.callId());
        if (command.classification() == Classification.SOCIAL) {
            RouteSocialCall.requireRoutable(call);
        }
        List<DomainEvent> events = new ArrayList<>(reclassified.events());
        List<String> closed = new ArrayList<>();
        Optional<Incident> incident = state.dispatch().incident(CreateCareIncident.incidentId(call.id()))
                .filter(Incident::isOpen);
        if (closeFollowUps && call.classification().classification() == Classification.CARE && incident.isPresent()) {
            events.addAll(new CancelIncident(incident.get().id(), "call " + call.id() + " reclassified as "
                    + command.classification() + ": " + command.reason()).decide(state.dispatch(), now).events());
            closed.add(incident.get().id());
        }
        return Decision.of(new Reclassified(reclassified.result(), closed), events);
    }
}
