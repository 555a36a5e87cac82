package se.larmcentral.dispatch;

import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;

import java.time.Instant;
import java.util.List;

/**
 * Registers one unit at a registered station; it starts available at the station when in shift at {@code now},
 * otherwise out of service. Answers the status it starts with.
 */
public record RegisterUnit(UnitDefinition unit) implements Command<DispatchState, UnitStatus> {

    @Override
    public Decision<UnitStatus> decide(DispatchState state, Instant now) {
        var decision = new LoadFleet(FleetDefinition.of(List.of(), List.of(), List.of(unit)))
                .decide(state, now);
        UnitStatus status = decision.result().unitsInService() == 1 ? UnitStatus.AVAILABLE_AT_STATION : UnitStatus.OUT_OF_SERVICE;
        return Decision.of(status, decision.events());
    }
}
