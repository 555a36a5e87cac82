package se.larmcentral.dispatch;

import java.util.List;

/**
 * Stations, hospitals and units to register together (a fleet file, or one registration).
 *
 * @param illustrative true when the positions are made up for a demo (real station positions are confidential)
 * @param note         what the file says about itself, shown with the fleet; may be empty
 */
public record FleetDefinition(String name, boolean illustrative, String note, List<Station> stations,
                              List<Hospital> hospitals, List<UnitDefinition> units) {

    public FleetDefinition {
        note = note == null ? "" : note;
        stations = List.copyOf(stations);
        hospitals = List.copyOf(hospitals);
        units = List.copyOf(units);
    }

    /** A fleet of only some parts, for single registrations. */
    public static FleetDefinition of(List<Station> stations, List<Hospital> hospitals, List<UnitDefinition> units) {
        return new FleetDefinition("registration", false, "", stations, hospitals, units);
    }
}
