package se.larmcentral.centre.process;

import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallState;
import se.larmcentral.calls.CallUpdate;
import se.larmcentral.calls.CaseLinkKind;
import se.larmcentral.calls.Classification;
import se.larmcentral.calls.LinkCase;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.dispatch.CreateIncidentInRegion;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.dispatch.CreateIncident;
import se.larmcentral.dispatch.Incident;
import se.larmcentral.dispatch.UnitType;
import se.larmcentral.triage.AssessmentView;
import se.larmcentral.triage.ResponsePlan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The second step of a care call: once its assessment has a priority, the dispatch incident {@code INC-<callId>} at
 * the call's position (the operator's correction, else the latest reported) with that priority and the unit type
 * the response plan asks for, created and linked on the call in one commit. A plan that sends no unit (advice, a
 * referral) makes no incident: the refusal says what the plan advises. An incident already present is only linked.
 * A position outside the centre's region is refused until a person gives the reason ({@link CreateIncidentInRegion}).
 */
public record CreateCareIncident(String callId, String outsideRegionReason) implements Command<CentreState, FollowUp> {

    /** The process's step: an incident outside the centre's region waits for a person's reason. */
    public CreateCareIncident(String callId) {
        this(callId, null);
    }

    public static String incidentId(String callId) {
        return "INC-" + callId;
    }

    @Override
    public Decision<FollowUp> decide(CentreState state, Instant now) {
        Call call = state.calls().requireCall("callId", callId);
        if (call.state() != CallState.CLASSIFIED || call.classification().classification() != Classification.CARE) {
            throw new ConflictException("state", "call " + callId + " is " + call.state()
                    + (call.classification() == null ? "" : " as " + call.classification().classification())
                    + ": only a CLASSIFIED CARE call is dispatched");
        }
        String incidentId = incidentId(callId);
        Optional<Incident> existing = state.dispatch().incident(incidentId);
        List<DomainEvent> events = new ArrayList<>();
        Incident incident;
        if (existing.isPresent()) {
            incident = existing.get();
        } else {
            AssessmentView assessment = decidedAssessment(state, callId);
            UnitType unit = plannedUnit(assessment).orElseThrow(() -> new ConflictException("response",
                    "the response plan of call " + callId + " at priority " + assessment.priority()
                            + " sends no unit" + advice(assessment.response()) + "; no incident is made"));
            GeoPoint position = call.position().bestPoint().orElseThrow(() -> new ConflictException("position",
                    "call " + callId + " has no position: attach one (AML, PIDF-LO) or correct it with POST /api/calls/"
                            + callId + "/position"));
            Instant queuedAt = call.queuedAt().isAfter(now) ? now : call.queuedAt();
            Decision<Incident> created = new CreateIncidentInRegion(new CreateIncident(incidentId, position,
                    assessment.priority(), unit, queuedAt), outsideRegionReason).decide(state, now);
            events.addAll(created.events());
            incident = created.result();
        }
        Decision<CallUpdate> link = new LinkCase(callId, CaseLinkKind.DISPATCH_INCIDENT, incidentId,
                "priority " + incident.priority() + ", " + incident.neededType()).decide(state.calls(), now);
        events.addAll(link.events());
        boolean created = existing.isEmpty();
        return Decision.of(new FollowUp(FollowUp.DISPATCH, created ? FollowUp.Done.STARTED : FollowUp.Done.ALREADY_PRESENT,
                incidentId, link.result().recorded(), "incident " + incidentId + " priority " + incident.priority()
                + " for " + incident.neededType() + (created ? " created" : " already present")
                + "; see /api/dispatch/incidents/" + incidentId), events);
    }

    /** The unit the assessment's response plan sends, if it sends one and has a priority. */
    static Optional<UnitType> plannedUnit(CentreState state, String callId) {
        return state.triage().assessment(callId).filter(a -> a.decided())
                .flatMap(a -> plannedUnit(state.triage().view(callId)));
    }

    private static Optional<UnitType> plannedUnit(AssessmentView assessment) {
        ResponsePlan plan = assessment.response();
        return plan == null ? Optional.of(UnitType.AMBULANCE) : IncidentUnits.of(plan.unit());
    }

    private static AssessmentView decidedAssessment(CentreState state, String callId) {
        if (state.triage().assessment(callId).isEmpty()) {
            throw new ConflictException("priority", "call " + callId + " has no triage assessment: retry"
                    + " POST /api/calls/" + callId + "/follow-ups to start it");
        }
        AssessmentView assessment = state.triage().view(callId);
        if (assessment.priority() == 0) {
            throw new ConflictException("priority", "the triage assessment of call " + callId + " has no"
                    + " priority yet: answer it and confirm under /api/triage/assessments/" + callId);
        }
        return assessment;
    }

    private static String advice(ResponsePlan plan) {
        // the rules' own language (Swedish in the shipped rules): the incident's text is read by every desk
        String instruction = plan.instruction() == null ? "" : plan.instruction().first();
        return instruction.isBlank() ? "" : " (" + instruction + ")";
    }
}
