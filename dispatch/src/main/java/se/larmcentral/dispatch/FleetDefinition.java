package se.larmcentral.dispatch;

import java.util.List;

/** Stations, hospitals and units to register together (a fleet file, or one registration). */
public record FleetDefinition(String name, List<Station> stations, List<Hospital> hospitals, List<UnitDefinition> units) {

    public FleetDefinition {
        stations = List.copyOf(stations);
        hospitals = List.copyOf(hospitals);
        units = List.copyOf(units);
    }
}
