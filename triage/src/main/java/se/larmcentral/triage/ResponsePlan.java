package se.larmcentral.triage;

import java.util.List;

/**
 * The response decided for an assessment: the region's action at its priority and the criterion's unit.
 *
 * @param instruction what the operator does, in the rules' languages ({@link Text#first()} is the rules' own)
 */
public record ResponsePlan(int priority, DispatchAction action, UnitType unit, boolean lightsAndSirens,
                           List<ExtraResource> extra, Text instruction) {

    public ResponsePlan {
        extra = List.copyOf(extra);
    }

    /** The plan for a reader of one language. */
    public ResponsePlan in(String language) {
        return new ResponsePlan(priority, action, unit, lightsAndSirens, extra, instruction.only(language));
    }
}
