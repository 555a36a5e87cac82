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

/**
 * What a move-up decision looks at, copied (immutable), so it can be taken under a read lock and decided after it.
 *
 * @param idle     the free units that may be moved, in unit id order
 * @param stations the stations a unit may stand by at
 * @param demand   the demand points (unused by a compliance table)
 * @param at       the instant of the decision
 */
public record MoveUpSituation(List<IdleUnit> idle, List<Station> stations, List<DemandPoint> demand, Instant at) {

    public MoveUpSituation {
        idle = idle.stream().sorted(Comparator.comparing(IdleUnit::unitId)).toList();
        stations = List.copyOf(stations);
        demand = List.copyOf(demand);
        Objects.requireNonNull(at, "at");
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
