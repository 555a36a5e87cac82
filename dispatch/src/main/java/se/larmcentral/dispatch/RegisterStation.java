package se.larmcentral.dispatch;

import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;

import java.time.Instant;
import java.util.List;

/** Registers one station; refuses an id already in use. */
public record RegisterStation(Station station) implements Command<DispatchState, Station> {

    @Override
    public Decision<Station> decide(DispatchState state, Instant now) {
        var decision = new LoadFleet(FleetDefinition.of(List.of(station), List.of(), List.of()))
                .decide(state, now);
        return Decision.of(station, decision.events());
    }
}
