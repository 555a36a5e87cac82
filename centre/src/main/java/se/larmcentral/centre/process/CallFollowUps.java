package se.larmcentral.centre.process;

import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallUpdate;
import se.larmcentral.calls.ClassifyCall;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.CommandSubmitter;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.dispatch.Incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A call's follow-ups as an operator asks for them and reads the answer: classify and see what the classification
 * started, run the steps again after a refusal, make the incident of a care call now. The steps are the
 * {@link CallProcesses}' own commands, so whichever runs first does the work and the other finds it done.
 */
public final class CallFollowUps {

    /** The classification and what it started. */
    public record Classified(CallUpdate classification, List<FollowUp> followUps) {
    }

    /** The dispatch incident of a care call. */
    public record Dispatched(FollowUp followUp, String incidentId, int priority, GeoPoint position) {
    }

    private final Supplier<CallProcesses> processes;

    /** @param processes the running process manager, or null where none runs (a command-line tool) */
    public CallFollowUps(Supplier<CallProcesses> processes) {
        this.processes = processes;
    }

    /**
     * Records the classification and answers with what its process did. The centre answers a command once the
     * processes it triggered have run, so the outcome is there; should it not be (no process manager, or it was too
     * slow), the due steps run here, as the operator.
     */
    public Classified classify(CommandSubmitter submitter, ClassifyCall command) {
        CallUpdate update = submitter.execute(new Classify(command));
        String recorded = "the classification " + command.classification() + " of call " + command.callId();
        CallProcesses running = processes.get();
        Optional<CallProcesses.Outcome> outcome = running == null ? Optional.empty() : running.outcome(command.callId());
        if (outcome.isPresent() && outcome.get().failure() != null) {
            throw FollowUpFailure.of(outcome.get().failedStep(), outcome.get().failure(), recorded, retry(command.callId()));
        }
        List<FollowUp> done = outcome.isPresent() ? outcome.get().done() : runDue(submitter, command.callId(), recorded);
        return new Classified(update, done);
    }

    /**
     * Records the correction of a classification with what the earlier one started closed or kept; the new
     * classification's steps have run by the time the centre answers (or are run here where no process runs).
     */
    public Reclassify.Reclassified reclassify(CommandSubmitter submitter, Reclassify command) {
        Reclassify.Reclassified done = submitter.execute(command);
        if (processes.get() == null) {
            runDue(submitter, command.command().callId(), "the reclassification of call " + command.command().callId());
        }
        return done;
    }

    /** Runs the classification's first step again: what is present is only linked (and reported as such). */
    public List<FollowUp> followUps(CommandSubmitter submitter, String callId) {
        Call call = submitter.read(s -> s.calls().requireCall("callId", callId));
        if (call.classification() == null) {
            throw new ConflictException("state", "call " + callId + " is " + call.state() + ": classify it first");
        }
        String recorded = "the classification " + call.classification().classification() + " of call " + callId;
        Command<CentreState, FollowUp> step = switch (call.classification().classification()) {
            case CARE -> new StartCareAssessment(callId);
            case SOCIAL -> new RouteSocialCall(callId);
            default -> null;
        };
        return step == null ? List.of() : List.of(run(submitter, step, recorded, retry(callId)));
    }

    /**
     * Makes (or finds) the incident of a care call whose assessment has a priority, and links it.
     *
     * @param outsideRegionReason why the incident is made although the call's position is outside the region, or null
     */
    public Dispatched dispatch(CommandSubmitter submitter, String callId, String outsideRegionReason) {
        FollowUp followUp = run(submitter, new CreateCareIncident(callId, outsideRegionReason), "nothing new for call " + callId,
                "POST /api/calls/" + callId + "/dispatch");
        Incident incident = submitter.read(s -> s.dispatch().incident(followUp.reference()).orElseThrow());
        return new Dispatched(followUp, incident.id(), incident.priority(), incident.position());
    }

    private List<FollowUp> runDue(CommandSubmitter submitter, String callId, String recorded) {
        List<FollowUp> done = new ArrayList<>();
        for (Optional<Command<CentreState, FollowUp>> step = submitter.read(s -> CallProcess.next(s, callId));
             step.isPresent() && done.size() < 3; step = submitter.read(s -> CallProcess.next(s, callId))) {
            done.add(run(submitter, step.get(), recorded, retry(callId)));
        }
        return done;
    }

    private static FollowUp run(CommandSubmitter submitter, Command<CentreState, FollowUp> step, String recorded,
                                String retry) {
        try {
            return submitter.execute(step);
        } catch (DomainException e) {
            throw FollowUpFailure.of(CallProcesses.stepName(step), e, recorded, retry);
        }
    }

    private static String retry(String callId) {
        return "POST /api/calls/" + callId + "/follow-ups";
    }
}
