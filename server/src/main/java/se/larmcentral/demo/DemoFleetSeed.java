package se.larmcentral.demo;

import se.larmcentral.core.Command;
import se.larmcentral.dispatch.LoadFleet;
import se.larmcentral.dispatch.file.FleetFileReader;
import se.larmcentral.centre.CentreState;

import java.time.Instant;
import java.util.List;

/** The illustrative Stockholm County demo fleet (hospitals, stations, units), loaded in one command. */
public final class DemoFleetSeed implements DemoSeed {

    @Override
    public String name() {
        return "Stockholm demo fleet (illustrative positions)";
    }

    @Override
    public List<Command<CentreState, ?>> commands(Instant now) {
        return List.of(new LoadFleet(FleetFileReader.demoStockholm()).on(CentreState::dispatch));
    }
}
