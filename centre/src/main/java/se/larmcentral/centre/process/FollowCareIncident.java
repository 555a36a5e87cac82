package se.larmcentral.centre.process;

import se.larmcentral.calls.Call;
import se.larmcentral.calls.CaseLinkKind;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.dispatch.Incident;
import se.larmcentral.dispatch.UnitType;
import se.larmcentral.dispatch.UpdateIncident;
import se.larmcentral.triage.Assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The step that keeps a care call's open incident in line with its call after it was made: the caller's corrected
 * or newly reported position moves it (units on their way are sent to where the patient is), and a re-assessment's
 * priority, and the unit type its response plan then asks for, change the incident's (the pending queue follows). Due only while the incident is open and something
 * differs; run twice, the second run records nothing.
 */
public record FollowCareIncident(String callId) implements Command<CentreState, FollowUp> {

    /** True when the call's open incident no longer says what the call knows. */
    static boolean due(CentreState state, Call call) {
        return target(state, call).map(target -> target.differs()).orElse(false);
    }

    @Override
    public Decision<FollowUp> decide(CentreState state, Instant now) {
        Call call = state.calls().requireCall("callId", callId);
        Target target = target(state, call).orElseThrow(() -> new ConflictException("incident",
                "call " + callId + " has no open incident to bring in line"));
        Incident incident = target.incident();
        List<String> why = new ArrayList<>();
        if (!target.position().equals(incident.position())) {
            why.add("the caller's position changed");
        }
        if (target.priority() != incident.priority()) {
            why.add("re-assessed from priority " + incident.priority() + " to " + target.priority());
        }
        if (target.unit() != incident.neededType()) {
            why.add("the response plan now asks for " + target.unit() + " instead of " + incident.neededType());
        }
        String reason = why.isEmpty() ? "in line with call " + callId : String.join("; ", why);
        Decision<UpdateIncident.Updated> updated = new UpdateIncident(incident.id(), target.position(),
                target.priority(), target.unit(), reason).decide(state.dispatch(), now);
        boolean changed = updated.result().changed();
        return Decision.of(new FollowUp(FollowUp.DISPATCH, changed ? FollowUp.Done.STARTED
                : FollowUp.Done.ALREADY_PRESENT, incident.id(), false, "incident " + incident.id()
                + (changed ? " updated: " + reason : " already in line with the call")), updated.events());
    }

    /** The call's open incident and what it should say now. */
    private record Target(Incident incident, GeoPoint position, int priority, UnitType unit) {
        boolean differs() {
            return !position.equals(incident.position()) || priority != incident.priority()
                    || unit != incident.neededType();
        }
    }

    private static Optional<Target> target(CentreState state, Call call) {
        if (!CallProcess.linked(call, CaseLinkKind.DISPATCH_INCIDENT)) {
            return Optional.empty();
        }
        // a handed-over incident is the receiving party's now: read-only here
        Optional<Incident> incident = state.dispatch().incident(CreateCareIncident.incidentId(call.id()))
                .filter(Incident::isOpen).filter(open -> !state.contracts().handedOver(open.id()));
        Optional<GeoPoint> position = call.position().bestPoint();
        Optional<Assessment> assessment = state.triage().assessment(call.id()).filter(Assessment::decided);
        if (incident.isEmpty() || position.isEmpty() || assessment.isEmpty()) {
            return Optional.empty();
        }
        // A plan that now sends no unit leaves the type as it was: cancelling is the dispatcher's call.
        UnitType unit = CreateCareIncident.plannedUnit(state, call.id()).orElse(incident.get().neededType());
        return Optional.of(new Target(incident.get(), position.get(), assessment.get().priority(), unit));
    }
}
