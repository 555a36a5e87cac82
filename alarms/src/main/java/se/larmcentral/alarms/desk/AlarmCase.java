package se.larmcentral.alarms.desk;

import se.larmcentral.alarms.codes.AlarmClass;
import se.larmcentral.alarms.plans.PlanStep;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A received alarm as the operator handles it (larmärende): opened when the signal was recorded, with the steps of
 * the object's plan as they were then; taken by one operator (who alone may tick its steps and close it until a
 * colleague takes it over); each step's outcomes in the order given; closed once, with a reason.
 *
 * @param steps the plan's steps when the signal came (a plan changed later does not change a case under way);
 *              empty when the account belongs to no object or the object has no plan for the class
 * @param done  every outcome given, oldest first (a key holder may be called again after no answer)
 */
public record AlarmCase(String id, String account, String sequence, String code, AlarmClass alarmClass,
                        AlarmPriority priority, String priorityReason, String objectId, String customerId,
                        AlarmClass planClass, List<PlanStep> steps, Instant receivedAt, Taken taken,
                        List<StepDone> done, Closed closed) {

    public AlarmCase {
        steps = List.copyOf(steps);
        done = List.copyOf(done);
    }

    /** Who handles the case, since when. */
    public record Taken(String operator, Instant at) {
    }

    /**
     * One outcome of one step.
     *
     * @param step the step's number in the plan, from 1
     */
    public record StepDone(int step, StepOutcome outcome, String note, String operator, Instant at) {
    }

    /** How the case ended; {@code incidentId} the incident it was passed to, or null. */
    public record Closed(ClosingReason reason, String note, String operator, Instant at, String incidentId) {
    }

    public boolean open() {
        return closed == null;
    }

    AlarmCase takenBy(String operator, Instant at) {
        return new AlarmCase(id, account, sequence, code, alarmClass, priority, priorityReason, objectId, customerId,
                planClass, steps, receivedAt, new Taken(operator, at), done, closed);
    }

    AlarmCase with(StepDone step) {
        List<StepDone> more = new ArrayList<>(done);
        more.add(step);
        return new AlarmCase(id, account, sequence, code, alarmClass, priority, priorityReason, objectId, customerId,
                planClass, steps, receivedAt, taken, more, closed);
    }

    AlarmCase closedAs(Closed closing) {
        return new AlarmCase(id, account, sequence, code, alarmClass, priority, priorityReason, objectId, customerId,
                planClass, steps, receivedAt, taken, done, closing);
    }
}
