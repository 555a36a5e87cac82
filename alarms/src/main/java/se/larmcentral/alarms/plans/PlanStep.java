package se.larmcentral.alarms.plans;

import se.larmcentral.core.InvalidInputException;

/**
 * One step of an action plan with the operator's instruction (whom, what to say).
 *
 * @param atOnce for {@link StepKind#ALERT_RESCUE_SERVICE} only: the rescue service is alerted automatically when a
 *               fire alarm is received (the object's automatlarm), before an operator takes the case
 */
public record PlanStep(StepKind kind, String instruction, boolean atOnce) {

    public PlanStep {
        if (kind == null) {
            throw new InvalidInputException("kind", "is missing");
        }
        instruction = Fields.text("instruction", instruction, 500);
        if (atOnce && kind != StepKind.ALERT_RESCUE_SERVICE) {
            throw new InvalidInputException("atOnce", "only an alert_rescue_service step is done at once, this is "
                    + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** A step the operator does. */
    public PlanStep(StepKind kind, String instruction) {
        this(kind, instruction, false);
    }

    /** From what a person typed, the step's fields named with its place in the plan ({@code steps[2].kind}). */
    public static PlanStep of(int index, String kind, String instruction) {
        return of(index, kind, instruction, null);
    }

    /** As {@link #of(int, String, String)}, with {@code atOnce} (null: false). */
    public static PlanStep of(int index, String kind, String instruction, Boolean atOnce) {
        String at = "steps[" + index + "].";
        try {
            return new PlanStep(Fields.choice("kind", StepKind.class, kind), instruction, Boolean.TRUE.equals(atOnce));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(at + e.field(), e.reason());
        }
    }
}
