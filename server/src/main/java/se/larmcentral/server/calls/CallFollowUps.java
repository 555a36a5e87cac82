package se.larmcentral.server.calls;

import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallState;
import se.larmcentral.calls.CallUpdate;
import se.larmcentral.calls.CaseLinkKind;
import se.larmcentral.calls.Classification;
import se.larmcentral.calls.ClassifyCall;
import se.larmcentral.calls.LinkCase;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.dispatch.CreateIncident;
import se.larmcentral.dispatch.Incident;
import se.larmcentral.dispatch.UnitType;
import se.larmcentral.server.centre.CentreState;
import se.larmcentral.social.Channel;
import se.larmcentral.social.RecordRoutedCall;
import se.larmcentral.social.RouteRequest;
import se.larmcentral.social.RoutedCall;
import se.larmcentral.social.SocialDecision;
import se.larmcentral.triage.AssessmentView;
import se.larmcentral.triage.StartAssessment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the server starts in other modules when a call is classified, each step a separate command, recorded on the
 * call as a link. CARE starts a triage assessment (the call id is the case id); SOCIAL asks the social router and
 * records its decision ({@code social.CallRouted}, keyed by the call id); once the assessment has a priority,
 * {@link #dispatch} creates the incident {@code INC-<callId>} at the call's position.
 *
 * <p>The classification is recorded first; should a later step be refused, the error names the step and what was
 * already recorded. Every step is idempotent (an assessment, a routed call or an incident already present is linked,
 * not made again; a retry links the social decision recorded for the call, whatever the agreements say now), so
 * {@link #followUps} can simply be run again.
 */
public final class CallFollowUps {

    static final String TRIAGE = "triage.assessment";
    static final String SOCIAL = "social.decision";
    static final String DISPATCH = "dispatch.incident";

    private final Clock clock;

    public CallFollowUps(Clock clock) {
        this.clock = clock;
    }

    /** The classification and what it started. */
    public record Classified(CallUpdate classification, List<FollowUp> followUps) {
    }

    /** Records the classification, then the follow-ups its kind asks for. */
    Classified classify(CommandSubmitter submitter, ClassifyCall command) {
        CallUpdate update = submitter.execute(command.on(CentreState::calls));
        return new Classified(update, run(submitter, command.callId(),
                "the classification " + command.classification() + " of call " + command.callId()));
    }

    /** Runs (again) the follow-ups of a classified call; what is already present is only linked. */
    List<FollowUp> followUps(CommandSubmitter submitter, String callId) {
        Call call = submitter.read(s -> s.calls().requireCall("callId", callId));
        if (call.classification() == null) {
            throw new ConflictException("state", "call " + callId + " is " + call.state() + ": classify it first");
        }
        return run(submitter, callId, "the classification " + call.classification().classification() + " of call " + callId);
    }

    private List<FollowUp> run(CommandSubmitter submitter, String callId, String recorded) {
        Call call = submitter.read(s -> s.calls().requireCall("callId", callId));
        String retry = "POST /api/calls/" + callId + "/follow-ups";
        List<FollowUp> done = new ArrayList<>();
        try {
            switch (call.classification().classification()) {
                case CARE -> done.add(startAssessment(submitter, call));
                case SOCIAL -> done.add(routeSocial(submitter, call));
                default -> {
                }
            }
        } catch (DomainException e) {
            String step = call.classification().classification() == Classification.CARE ? TRIAGE : SOCIAL;
            throw FollowUpFailure.of(step, e, recorded, retry);
        }
        return done;
    }

    private FollowUp startAssessment(CommandSubmitter submitter, Call call) {
        String caseId = call.id();
        String indexVersion = submitter.read(s -> s.triage().assessment(caseId).map(a -> a.indexVersion()).orElse(null));
        boolean present = indexVersion != null;
        if (!present) {
            indexVersion = submitter.execute(new StartAssessment(caseId, null).on(CentreState::triage)).indexVersion();
        }
        CallUpdate link = submitter.execute(new LinkCase(call.id(), CaseLinkKind.TRIAGE_ASSESSMENT, caseId,
                "triage assessment (index " + indexVersion + ")").on(CentreState::calls));
        return new FollowUp(TRIAGE, present ? FollowUp.Done.ALREADY_PRESENT : FollowUp.Done.STARTED, caseId,
                link.recorded(), "triage assessment " + caseId + (present ? " was already started" : " started")
                + "; continue it under /api/triage/assessments/" + caseId);
    }

    /**
     * Routes the social call once and links the decision; on a retry the decision recorded then is linked, never a
     * new routing against the state of today.
     */
    private FollowUp routeSocial(CommandSubmitter submitter, Call call) {
        Optional<RoutedCall> recorded = submitter.read(s -> s.social().routedCall(call.id()));
        String municipality;
        String summary;
        if (recorded.isPresent()) {
            municipality = recorded.get().municipality();
            summary = recorded.get().summary() + " (as recorded for " + recorded.get().at() + ")";
        } else {
            SocialDecision decision = submitter.execute(new RecordRoutedCall(call.id(), socialRequest(submitter, call))
                    .on(CentreState::social));
            municipality = decision.municipality();
            summary = decision.outcome() + (decision.number() != null ? " to " + decision.number().national() : "")
                    + (decision.message() != null ? ": " + decision.message() : "");
        }
        CallUpdate link = submitter.execute(new LinkCase(call.id(), CaseLinkKind.SOCIAL_DECISION, call.id(), summary)
                .on(CentreState::calls));
        return new FollowUp(SOCIAL, recorded.isPresent() ? FollowUp.Done.ALREADY_PRESENT : FollowUp.Done.STARTED,
                call.id(), link.recorded(), "social decision for municipality " + municipality + ": " + summary);
    }

    /**
     * The routing question for a social call, at the instant of its classification: a direct-number call goes by its
     * number (the municipality the number belongs to) unless the operator chose a municipality; any other call by the
     * municipality chosen or corrected, else located.
     */
    private static RouteRequest socialRequest(CommandSubmitter submitter, Call call) {
        Instant at = call.classification().at();
        boolean chosen = call.position().chosen() != null;
        if (call.line().directNumber() != null && !chosen) {
            PhoneNumber number = call.line().directNumber();
            boolean known = submitter.read(s -> s.social().directNumber(number).isPresent());
            return known ? new RouteRequest(null, number, Channel.DIRECT_NUMBER, at)
                    : new RouteRequest(call.line().municipalityCode(), null, Channel.DIRECT_NUMBER, at);
        }
        String municipality = call.municipalityCode().orElseThrow(() -> new ConflictException("municipality",
                "call " + call.id() + " has no municipality (no position located, none chosen): choose it with"
                        + " POST /api/calls/" + call.id() + "/municipality"));
        return new RouteRequest(municipality, null, call.line().directNumber() != null ? Channel.DIRECT_NUMBER
                : Channel.EMERGENCY_112, at);
    }

    /** The dispatch incident of a care call, created once its assessment has a priority. */
    public record Dispatched(FollowUp followUp, String incidentId, int priority, GeoPoint position) {
    }

    /**
     * Creates the incident {@code INC-<callId>} at the call's position (the operator's correction, else the latest
     * reported) with the assessment's priority, and links it; an incident already present is only linked.
     */
    Dispatched dispatch(CommandSubmitter submitter, String callId) {
        Call call = submitter.read(s -> s.calls().requireCall("callId", callId));
        if (call.state() != CallState.CLASSIFIED || call.classification().classification() != Classification.CARE) {
            throw new ConflictException("state", "call " + callId + " is " + call.state()
                    + (call.classification() == null ? "" : " as " + call.classification().classification())
                    + ": only a CLASSIFIED CARE call is dispatched");
        }
        String incidentId = "INC-" + callId;
        Incident existing = submitter.read(s -> s.dispatch().incident(incidentId).orElse(null));
        Incident incident = existing;
        if (incident == null) {
            AssessmentView assessment = submitter.read(s -> s.triage().assessment(callId).isPresent()
                    ? s.triage().view(callId) : null);
            if (assessment == null) {
                throw new ConflictException("priority", "call " + callId + " has no triage assessment: retry"
                        + " POST /api/calls/" + callId + "/follow-ups to start it");
            }
            if (assessment.priority() == 0) {
                throw new ConflictException("priority", "the triage assessment of call " + callId + " has no"
                        + " priority yet: answer it and confirm under /api/triage/assessments/" + callId);
            }
            GeoPoint position = call.position().bestPoint().orElseThrow(() -> new ConflictException("position",
                    "call " + callId + " has no position: attach one (AML, PIDF-LO) or correct it with POST /api/calls/"
                            + callId + "/position"));
            // The journal keeps instants to the microsecond; at millisecond precision this is never after its "now".
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Instant queuedAt = call.queuedAt().isAfter(now) ? now : call.queuedAt();
            try {
                incident = submitter.execute(new CreateIncident(incidentId, position, assessment.priority(),
                        UnitType.AMBULANCE, queuedAt).on(CentreState::dispatch));
            } catch (DomainException e) {
                throw FollowUpFailure.of(DISPATCH, e, "nothing new for call " + callId, "POST /api/calls/" + callId + "/dispatch");
            }
        }
        CallUpdate link;
        try {
            link = submitter.execute(new LinkCase(callId, CaseLinkKind.DISPATCH_INCIDENT, incidentId,
                    "priority " + incident.priority()).on(CentreState::calls));
        } catch (DomainException e) {
            throw FollowUpFailure.of(DISPATCH + " link", e, "incident " + incidentId, "POST /api/calls/" + callId + "/dispatch");
        }
        FollowUp followUp = new FollowUp(DISPATCH, existing == null ? FollowUp.Done.STARTED : FollowUp.Done.ALREADY_PRESENT,
                incidentId, link.recorded(), "incident " + incidentId + " priority " + incident.priority()
                + (existing == null ? " created" : " already present") + "; see /api/dispatch/incidents/" + incidentId);
        return new Dispatched(followUp, incidentId, incident.priority(), incident.position());
    }
}
