package se.larmcentral.dispatch;

import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.Recorded;
import se.larmcentral.dispatch.DispatchEvent.HospitalRegistered;
import se.larmcentral.dispatch.DispatchEvent.StationRegistered;
import se.larmcentral.dispatch.DispatchEvent.UnitRegistered;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Registers stations, hospitals and units in one decision (all or nothing). A unit starts available at its
 * station when one of its shifts covers {@code now}, otherwise out of service. Refuses an id that is already
 * registered or given twice, and a unit whose station is neither registered nor in the same fleet.
 */
public record LoadFleet(FleetDefinition fleet) implements Command<DispatchState, LoadFleet.Loaded> {

    /** What was registered; {@code unitsInService} counts the units that start available. */
    public record Loaded(int stations, int hospitals, int units, int unitsInService) {
    }

    /**
     * A state holding only this fleet, loaded at {@code at}: for one-shot tools (the CLI's {@code dispatch recommend})
     * and benchmarks that have no journal. A running centre submits {@code LoadFleet} through its command loop instead.
     */
    public static DispatchState freshState(FleetDefinition fleet, Instant at) {
        DispatchState state = new DispatchState();
        long sequence = 0;
        for (DomainEvent event : new LoadFleet(fleet).decide(state, at).events()) {
            state.apply(new Recorded(++sequence, at, Actor.SYSTEM, event));
        }
        return state;
    }

    @Override
    public Decision<Loaded> decide(DispatchState state, Instant now) {
        List<DispatchEvent> events = new ArrayList<>();
        Set<String> stationIds = new HashSet<>();
        for (Station station : fleet.stations()) {
            if (state.station(station.id()).isPresent() || !stationIds.add(station.id())) {
                throw new ConflictException("stationId", "station '" + station.id() + "' is already registered");
            }
            events.add(new StationRegistered(station.id(), station.name(), station.position(), station.municipalityCode()));
        }
        Set<String> hospitalIds = new HashSet<>();
        for (Hospital hospital : fleet.hospitals()) {
            if (state.hospital(hospital.id()).isPresent() || !hospitalIds.add(hospital.id())) {
                throw new ConflictException("hospitalId", "hospital '" + hospital.id() + "' is already registered");
            }
            events.add(new HospitalRegistered(hospital.id(), hospital.name(), hospital.position(), hospital.capabilities()));
        }
        Set<String> unitIds = new HashSet<>();
        int inService = 0;
        for (UnitDefinition unit : fleet.units()) {
            if (state.unit(unit.id()).isPresent() || !unitIds.add(unit.id())) {
                throw new ConflictException("unitId", "unit '" + unit.id() + "' is already registered");
            }
            if (state.station(unit.stationId()).isEmpty() && !stationIds.contains(unit.stationId())) {
                throw new NotFoundException("stationId", "unit " + unit.id() + ": unknown station '" + unit.stationId() + "'");
            }
            boolean working = ShiftWindow.inService(unit.shifts(), now);
            inService += working ? 1 : 0;
            events.add(new UnitRegistered(unit.id(), unit.callSign(), unit.type(), unit.stationId(), unit.shifts(),
                    working ? UnitStatus.AVAILABLE_AT_STATION : UnitStatus.OUT_OF_SERVICE, now));
        }
        return Decision.of(new Loaded(fleet.stations().size(), fleet.hospitals().size(), fleet.units().size(), inService), events);
    }
}
