package se.larmcentral.dispatch.moveup;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.Durations;
import se.larmcentral.dispatch.Station;
import se.larmcentral.geo.TravelLeg;
import se.larmcentral.geo.TravelTimes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A compliance table (täckningstabell): for n idle units, the stations they should stand at (a station may appear
 * more than once). With n idle units the row for n applies (or the largest row below n, the rest being spare).
 * Every place of the row not filled is filled from the nearest unit standing beyond the row elsewhere (by road
 * from where it is; ties by unit id), in the row's order, one move per missing place.
 *
 * @param rows the table: number of idle units → station ids, each row exactly that long
 */
public record ComplianceTable(Map<Integer, List<String>> rows) implements MoveUpPolicy {

    public ComplianceTable {
        if (rows == null || rows.isEmpty()) {
            throw new InvalidInputException("complianceTable", "needs at least one row");
        }
        TreeMap<Integer, List<String>> sorted = new TreeMap<>();
        rows.forEach((n, stations) -> {
            if (n == null || n < 1) {
                throw new InvalidInputException("complianceTable", "rows are numbered by idle units from 1, was " + n);
            }
            if (stations == null || stations.size() != n) {
                throw new InvalidInputException("complianceTable." + n, "the row for " + n + " idle units must name "
                        + n + " stations, it names " + (stations == null ? 0 : stations.size()));
            }
            sorted.put(n, List.copyOf(stations));
        });
        rows = java.util.Collections.unmodifiableSortedMap(sorted);
    }

    @Override
    public String name() {
        return "compliance-table";
    }

    /** Refuses a table naming a station the fleet does not have. */
    public void requireKnown(List<Station> stations) {
        rows.forEach((n, row) -> row.forEach(id -> {
            if (stations.stream().noneMatch(s -> s.id().equals(id))) {
                throw new InvalidInputException("complianceTable." + n, "unknown station '" + id + "'");
            }
        }));
    }

    @Override
    public List<MoveProposal> propose(MoveUpSituation situation, TravelTimes travelTimes) {
        int n = situation.idle().size();
        Map.Entry<Integer, List<String>> row = new TreeMap<>(rows).floorEntry(n);
        if (row == null) {
            return List.of();
        }
        Map<String, Integer> wanted = new LinkedHashMap<>();
        row.getValue().forEach(id -> wanted.merge(id, 1, Integer::sum));
        Map<String, List<IdleUnit>> standing = new HashMap<>();
        situation.idle().forEach(u -> standing.computeIfAbsent(u.stationId(), k -> new ArrayList<>()).add(u));

        // spare units: those beyond what the row wants at their station
        Map<String, Integer> spareAt = new HashMap<>();
        standing.forEach((id, units) -> spareAt.put(id, Math.max(0, units.size() - wanted.getOrDefault(id, 0))));
        List<IdleUnit> spare = new ArrayList<>(situation.idle().stream()
                .filter(u -> spareAt.getOrDefault(u.stationId(), 0) > 0).toList());

        List<MoveProposal> moves = new ArrayList<>();
        for (Map.Entry<String, Integer> place : wanted.entrySet()) {
            Station station = situation.station(place.getKey());
            if (station == null) {
                throw new InvalidInputException("complianceTable." + row.getKey(), "unknown station '" + place.getKey() + "'");
            }
            int missing = place.getValue() - standing.getOrDefault(place.getKey(), List.of()).size();
            for (int m = 0; m < missing; m++) {
                List<IdleUnit> candidates = spare.stream().filter(u -> spareAt.get(u.stationId()) > 0).toList();
                if (candidates.isEmpty()) {
                    return moves;
                }
                List<GeoPoint> origins = candidates.stream().map(IdleUnit::position).toList();
                List<TravelLeg> legs = travelTimes.toDestination(station.position(), origins).legs();
                Optional<Integer> nearest = java.util.stream.IntStream.range(0, candidates.size()).boxed()
                        .filter(i -> legs.get(i).reachable())
                        .min(Comparator.comparing((Integer i) -> legs.get(i).duration())
                                .thenComparing(i -> candidates.get(i).unitId()));
                if (nearest.isEmpty()) {
                    continue;
                }
                IdleUnit unit = candidates.get(nearest.get());
                TravelLeg leg = legs.get(nearest.get());
                spare.remove(unit);
                spareAt.merge(unit.stationId(), -1, Integer::sum);
                String fromName = Optional.ofNullable(situation.station(unit.stationId())).map(Station::name)
                        .orElse(unit.stationId());
                String reason = unit.callSign() + " from " + fromName + " to " + station.name() + " ("
                        + Durations.text(leg.duration()) + " by road): with " + n + " free units the compliance table"
                        + " wants " + place.getValue() + " at " + station.name() + ", which has "
                        + (place.getValue() - missing + m) + "; " + unit.callSign() + " is the nearest unit beyond the"
                        + " table at " + fromName;
                moves.add(new MoveProposal(name(), unit.unitId(), unit.callSign(), unit.stationId(), station.id(),
                        station.name(), leg.duration(), 1, reason));
            }
        }
        return moves;
    }
}
