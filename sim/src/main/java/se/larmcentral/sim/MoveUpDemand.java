package se.larmcentral.sim;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.dispatch.moveup.DemandPoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demand points a move-up policy weighs, from a scenario's calls: each place of the generator with its weight
 * times each priority's share (a trace: each call once), for the priorities that have a target. More than
 * {@link #MAX_PLACES} places (JEMSS's 54,000 road nodes) are pooled on a grid of about {@link #CELL_KM} km, each cell
 * standing at its heaviest place (a real road node) with the cell's summed weight, so a decision stays cheap.
 */
public final class MoveUpDemand {

    static final int MAX_PLACES = 400;
    static final double CELL_KM = 2.0;

    private MoveUpDemand() {
    }

    public static List<DemandPoint> of(Demand demand, Set<Integer> priorities) {
        List<Weighted> places = new ArrayList<>();
        switch (demand) {
            case PoissonDemand poisson -> {
                for (var point : poisson.points()) {
                    for (int p = 1; p <= 4; p++) {
                        double share = poisson.priorityMix()[p - 1];
                        if (share > 0 && priorities.contains(p)) {
                            places.add(new Weighted(point.position(), point.weight() * share, p));
                        }
                    }
                }
            }
            case TraceDemand trace -> trace.calls().stream().filter(c -> priorities.contains(c.priority()))
                    .forEach(c -> places.add(new Weighted(c.position(), 1, c.priority())));
        }
        List<Weighted> pooled = places.size() > MAX_PLACES * 4 ? pool(places) : merge(places);
        List<DemandPoint> points = new ArrayList<>(pooled.size());
        for (int i = 0; i < pooled.size(); i++) {
            Weighted w = pooled.get(i);
            points.add(new DemandPoint("d" + (i + 1) + "-p" + w.priority, w.position, w.weight, w.priority));
        }
        return points;
    }

    /** Equal positions and priority summed (a trace's calls at one address). */
    private static List<Weighted> merge(List<Weighted> places) {
        Map<String, Weighted> byKey = new LinkedHashMap<>();
        for (Weighted w : places) {
            byKey.merge(w.position.lat() + "," + w.position.lon() + "/" + w.priority, w,
                    (a, b) -> new Weighted(a.position, a.weight + b.weight, a.priority));
        }
        return List.copyOf(byKey.values());
    }

    private static List<Weighted> pool(List<Weighted> places) {
        double cellLat = CELL_KM / 111.2;
        Map<String, Weighted[]> cells = new LinkedHashMap<>();
        for (Weighted w : places) {
            double cellLon = cellLat / Math.max(0.1, Math.cos(Math.toRadians(w.position.lat())));
            String key = Math.floorDiv((long) Math.floor(w.position.lat() / cellLat), 1) + ":"
                    + (long) Math.floor(w.position.lon() / cellLon) + "/" + w.priority;
            // [0]: the heaviest place so far, [1]: the summed weight
            Weighted[] cell = cells.computeIfAbsent(key, k -> new Weighted[]{w, new Weighted(w.position, 0, w.priority)});
            if (w.weight > cell[0].weight) {
                cell[0] = w;
            }
            cell[1] = new Weighted(cell[1].position, cell[1].weight + w.weight, w.priority);
        }
        return cells.values().stream().map(c -> new Weighted(c[0].position, c[1].weight, c[0].priority)).toList();
    }

    private record Weighted(GeoPoint position, double weight, int priority) {
    }
}
