package se.larmcentral.dispatch;

import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;

import java.time.Instant;
import java.util.List;

/** Registers one hospital; refuses an id already in use. */
public record RegisterHospital(Hospital hospital) implements Command<DispatchState, Hospital> {

    @Override
    public Decision<Hospital> decide(DispatchState state, Instant now) {
        var decision = new LoadFleet(FleetDefinition.of(List.of(), List.of(hospital), List.of()))
                .decide(state, now);
        return Decision.of(hospital, decision.events());
    }
}
