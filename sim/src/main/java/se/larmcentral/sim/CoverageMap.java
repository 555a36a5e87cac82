package se.larmcentral.sim;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.dispatch.Station;
import se.larmcentral.dispatch.moveup.DemandPoint;
import se.larmcentral.dispatch.moveup.DmexclpSettings;
import se.larmcentral.dispatch.moveup.StationCoverage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The report's coverage map (*täckningskarta*): for each priority-1 demand point of the scenario (DMEXCLP's points,
 * {@link MoveUpDemand}: a large demand pooled on 2 km cells), the share of simulated time it was within the
 * priority-1 target of a free ambulance at a station (turnout as DMEXCLP's + road time from the station ≤ target),
 * averaged over the replications.
 *
 * @param target  the priority-1 target the points are judged by
 * @param turnout added to the road time from a station
 */
public record CoverageMap(Duration target, Duration turnout, List<Point> points) {

    /** A demand point, its weight (share of the calls it stands for) and the share of time it was covered. */
    public record Point(GeoPoint position, double weight, double covered) {
    }

    /** The weighted mean share of time covered over all points. */
    public double weightedCoverage() {
        double weight = points.stream().mapToDouble(Point::weight).sum();
        return weight == 0 ? 0 : points.stream().mapToDouble(p -> p.weight() * p.covered()).sum() / weight;
    }

    /** Empty when the scenario has no priority-1 target or no priority-1 demand. */
    public static Optional<CoverageMap> of(Scenario scenario, List<SimResult> replications) {
        Duration target = scenario.targets().get(1);
        if (target == null || replications.isEmpty()) {
            return Optional.empty();
        }
        List<DemandPoint> demand = MoveUpDemand.of(scenario.demand(), Set.of(1));
        if (demand.isEmpty()) {
            return Optional.empty();
        }
        Duration turnout = Policy.turnout(scenario);
        List<Station> stations = scenario.fleet().stations();
        DmexclpSettings settings = new DmexclpSettings(0.5, Map.of(1, target), turnout, 0, Duration.ofHours(1));
        StationCoverage coverage = StationCoverage.of(stations, demand, settings, scenario.travel());
        List<String> stationIds = stations.stream().map(Station::id).toList();
        double[] sum = new double[demand.size()];
        for (SimResult r : replications) {
            double[] share = CoverageShare.of(stationIds, coverage.covers(), r.stationIdle(), r.start(), r.end());
            for (int i = 0; i < sum.length; i++) {
                sum[i] += share[i];
            }
        }
        List<Point> points = new ArrayList<>(demand.size());
        for (int i = 0; i < sum.length; i++) {
            points.add(new Point(demand.get(i).position(), demand.get(i).weight(), sum[i] / replications.size()));
        }
        return Optional.of(new CoverageMap(target, turnout, List.copyOf(points)));
    }
}
