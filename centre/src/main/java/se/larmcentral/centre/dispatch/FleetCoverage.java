package se.larmcentral.centre.dispatch;

import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.dispatch.Hospital;
import se.larmcentral.dispatch.Station;
import se.larmcentral.dispatch.Unit;
import se.larmcentral.geo.CoverageFallbackTravelTimes;
import se.larmcentral.geo.TravelTimes;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Which part of the fleet lies outside the road network's area: its units' travel times (and those of hospitals
 * outside it) are estimated. Printed at start-up so that a demo on a city extract with a county-wide fleet says so.
 */
public final class FleetCoverage {

    private FleetCoverage() {
    }

    /** One line about the fleet and the road network, or null when travel times have no road network or no fleet. */
    public static String describe(DispatchState state, TravelTimes travelTimes) {
        if (!(travelTimes instanceof CoverageFallbackTravelTimes road) || state.stations().isEmpty()) {
            return null;
        }
        List<Station> outside = state.stations().stream().filter(s -> !road.covers(s.position())).toList();
        List<Hospital> hospitalsOutside = state.hospitals().stream().filter(h -> !road.covers(h.position())).toList();
        String extract = road.road().config().osmExtract().getFileName().toString();
        if (outside.isEmpty() && hospitalsOutside.isEmpty()) {
            return "fleet coverage: every station and hospital lies inside the road network of " + extract;
        }
        long unitsOutside = state.units().stream().map(Unit::stationId)
                .filter(id -> outside.stream().anyMatch(s -> s.id().equals(id))).count();
        return "fleet coverage: " + outside.size() + " of " + state.stations().size() + " stations (" + unitsOutside
                + " of " + state.units().size() + " units) and " + hospitalsOutside.size() + " of "
                + state.hospitals().size() + " hospitals lie outside the road network of " + extract
                + "; their travel times are ESTIMATED from straight-line distance. Stations outside: "
                + outside.stream().map(Station::name).collect(Collectors.joining(", "))
                + (hospitalsOutside.isEmpty() ? "" : ". Hospitals outside: "
                + hospitalsOutside.stream().map(Hospital::name).collect(Collectors.joining(", ")));
    }
}
