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
 * @param restored the restore signal received for it, or null (the operator still closes it)
 * @param done  every outcome given, oldest first (a key holder may be called again after no answer)
 * @param rescue the rescue service alerted for it, or null
 */
public record AlarmCase(String id, String account, String sequence, String code, String zone, AlarmClass alarmClass,
                        AlarmPriority priority, String priorityReason, String objectId, String customerId,
                        AlarmClass planClass, List<PlanStep> steps, Instant receivedAt, Restored restored,
                        Taken taken, List<StepDone> done, Closed closed, RescueAlert rescue) {

    public AlarmCase {
        steps = List.copyOf(steps);
        done = List.copyOf(done);
    }

    /** The restore signal that came for it: its code and when it was received. */
    public record Restored(String code, Instant at) {
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

    /**
     * The rescue service alerted: which, on what number, by which step, by whom (null: automatically on receipt).
     */
    public record RescueAlert(String municipalityCode, String municipality, String service, String alarmNumber,
                              String alarmAddress, int step, String operator, Instant at) {

        public boolean automatic() {
            return operator == null;
        }
    }

    public boolean open() {
        return closed == null;
    }

    AlarmCase takenBy(String operator, Instant at) {
        return new AlarmCase(id, account, sequence, code, zone, alarmClass, priority, priorityReason, objectId, customerId,
                planClass, steps, receivedAt, restored, new Taken(operator, at), done, closed, rescue);
    }

    AlarmCase restoredBy(String code, Instant at) {
        return new AlarmCase(id, account, sequence, code(), zone, alarmClass, priority, priorityReason, objectId, customerId,
                planClass, steps, receivedAt, new Restored(code, at), taken, done, closed, rescue);
    }

    AlarmCase with(StepDone step) {
        List<StepDone> more = new ArrayList<>(done);
        more.add(step);
        return new AlarmCase(id, account, sequence, code, zone, alarmClass, priority, priorityReason, objectId, customerId,
                planClass, steps, receivedAt, restored, taken, more, closed, rescue);
    }

    AlarmCase closedAs(Closed closing) {
        return new AlarmCase(id, account, sequence, code, zone, alarmClass, priority, priorityReason, objectId, customerId,
                planClass, steps, receivedAt, restored, taken, done, closing, rescue);
    }

    AlarmCase alerted(RescueAlert alert) {
        return new AlarmCase(id, account, sequence, code, zone, alarmClass, priority, priorityReason, objectId, customerId,
                planClass, steps, receivedAt, restored, taken, done, closed, alert);
    }
}
