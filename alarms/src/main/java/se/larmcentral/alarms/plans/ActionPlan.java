package se.larmcentral.alarms.plans;

import se.larmcentral.alarms.codes.AlarmClass;
import se.larmcentral.core.InvalidInputException;

import java.util.List;

/**
 * What the operator does for one object and one class of signal (åtgärdsplan): ordered steps, at least one. An
 * unknown code has no plan of its own: it is shown with the object's alarm plan (see {@link #forClass}).
 */
public record ActionPlan(String objectId, AlarmClass alarmClass, List<PlanStep> steps) {

    /** The most steps a plan holds. */
    public static final int MAX_STEPS = 20;

    public ActionPlan {
        Fields.id("objectId", objectId);
        if (alarmClass == null || alarmClass == AlarmClass.UNKNOWN) {
            throw new InvalidInputException("alarmClass", "must be one of alarm, fault, test, restore, info");
        }
        if (steps == null || steps.isEmpty()) {
            throw new InvalidInputException("steps", "must hold at least one step");
        }
        if (steps.size() > MAX_STEPS) {
            throw new InvalidInputException("steps", "must hold at most " + MAX_STEPS + " steps, has " + steps.size());
        }
        steps = List.copyOf(steps);
    }

    /** The plan a signal of this class follows: its own, an unknown code the alarm plan (the operator must look). */
    public static AlarmClass forClass(AlarmClass signal) {
        return signal == AlarmClass.UNKNOWN ? AlarmClass.ALARM : signal;
    }

    /** From what a person typed: the class by name. */
    public static AlarmClass alarmClass(String text) {
        AlarmClass c = Fields.choice("alarmClass", AlarmClass.class, text);
        if (c == AlarmClass.UNKNOWN) {
            throw new InvalidInputException("alarmClass", "must be one of alarm, fault, test, restore, info, was 'unknown'");
        }
        return c;
    }
}
