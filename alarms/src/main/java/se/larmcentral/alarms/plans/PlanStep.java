package se.larmcentral.alarms.plans;

/** One step of an action plan with the operator's instruction (whom, what to say). */
public record PlanStep(StepKind kind, String instruction) {

    public PlanStep {
        if (kind == null) {
            throw new se.larmcentral.core.InvalidInputException("kind", "is missing");
        }
        instruction = Fields.text("instruction", instruction, 500);
    }

    /** From what a person typed, the step's fields named with its place in the plan ({@code steps[2].kind}). */
    public static PlanStep of(int index, String kind, String instruction) {
        String at = "steps[" + index + "].";
        try {
            return new PlanStep(Fields.choice("kind", StepKind.class, kind), instruction);
        } catch (se.larmcentral.core.InvalidInputException e) {
            throw new se.larmcentral.core.InvalidInputException(at + e.field(), e.reason());
        }
    }
}
