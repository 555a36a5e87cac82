package se.larmcentral.dispatch.moveup;

import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.dispatch.ShiftRoster;
import se.larmcentral.dispatch.Station;
import se.larmcentral.dispatch.Unit;
import se.larmcentral.dispatch.UnitStatus;
import se.larmcentral.dispatch.UnitType;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a move-up decision looks at, copied (immutable), so it can be taken under a read lock and decided after it.
 *
 * @param idle     the free units that may be moved, in unit id order
 * @param stations the stations a unit may stand by at
 * @param demand   the demand points (unused by a compliance table)
 * @param at       the instant of the decision
 * @param freed    the free units whose station is decided now (DMEXCLP's freed-unit scope): in the simulator the
 *                 unit that has just become free, none at other decisions; live, the free units not yet back at
 *                 the station they count at (they have just cleared and are on their way)
 */
public record MoveUpSituation(List<IdleUnit> idle, List<Station> stations, List<DemandPoint> demand, Instant at,
                              Set<String> freed) {

    public MoveUpSituation {
        idle = idle.stream().sorted(Comparator.comparing(IdleUnit::unitId)).toList();
        stations = List.copyOf(stations);
        demand = List.copyOf(demand);
        Objects.requireNonNull(at, "at");
        freed = Set.copyOf(freed);
    }

    /** The live reading of {@code freed}: the free units not at their station. */
    public MoveUpSituation(List<IdleUnit> idle, List<Station> stations, List<DemandPoint> demand, Instant at) {
        this(idle, stations, demand, at, idle.stream().filter(u -> !u.atStation()).map(IdleUnit::unitId)
                .collect(Collectors.toSet()));
    }

    /** The same situation with {@code unitIds} as the freed units. */
    public MoveUpSituation withFreed(Set<String> unitIds) {
        return new MoveUpSituation(idle, stations, demand, at, unitIds);
    }

    /**
     * The free ambulances of a live state (an ambulance or intensive-care ambulance, available at station, available
     * mobile or clear, and in shift): helicopters, physician cars and patient transports are not moved up.
     */
    public static MoveUpSituation of(DispatchState state, List<DemandPoint> demand, Instant at) {
        List<IdleUnit> idle = state.units().stream()
                .filter(u -> u.status().isAvailable())
                .filter(u -> u.type().canAnswer(UnitType.AMBULANCE))
                .filter(u -> !ShiftRoster.shiftEndedWhileFree(u, at))
                .map(u -> idle(state, u))
                .toList();
        return new MoveUpSituation(idle, List.copyOf(state.stations()), demand, at);
    }

    private static IdleUnit idle(DispatchState state, Unit unit) {
        return new IdleUnit(unit.id(), unit.callSign(), state.positionOf(unit).point(), unit.stationId(),
                unit.status() == UnitStatus.AVAILABLE_AT_STATION);
    }

    Station station(String id) {
        return stations.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }
}
