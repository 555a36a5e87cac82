package se.larmcentral.triage;

import java.util.List;

/** The response decided for an assessment: the region's action at its priority and the criterion's unit. */
public record ResponsePlan(int priority, DispatchAction action, UnitType unit, boolean lightsAndSirens,
                           List<ExtraResource> extra, String instruction) {

    public ResponsePlan {
        extra = List.copyOf(extra);
    }
}
