package se.larmcentral.dispatch.moveup;

import se.larmcentral.dispatch.Station;
import se.larmcentral.geo.TravelLeg;
import se.larmcentral.geo.TravelTimeAnswer;
import se.larmcentral.geo.TravelTimes;

import java.time.Duration;
import java.util.List;

/**
 * Which demand points a unit standing at each station reaches within their target: turnout + road time from the
 * station &le; the target of the point's priority. One one-to-many search per station. It depends only on the
 * stations, the demand and the settings, so a caller deciding often (the simulator, the live advice) computes it once
 * and passes it to {@link Dmexclp#propose(MoveUpSituation, StationCoverage, TravelTimes)}.
 *
 * @param demand the demand points in the order of {@code covers}' columns
 */
public record StationCoverage(List<Station> stations, List<DemandPoint> demand, boolean[][] covers) {

    /** True when this was computed for these stations and this demand (equal, in the same order). */
    public boolean isFor(List<Station> otherStations, List<DemandPoint> otherDemand) {
        return stations.equals(otherStations) && demand.equals(otherDemand);
    }

    public static StationCoverage of(List<Station> stations, List<DemandPoint> demand, DmexclpSettings settings,
                              TravelTimes travelTimes) {
        Duration[] targets = new Duration[demand.size()];
        for (int i = 0; i < demand.size(); i++) {
            targets[i] = settings.target(demand.get(i).priority(), "demand[" + i + "].priority");
        }
        List<se.larmcentral.core.GeoPoint> points = demand.stream().map(DemandPoint::position).toList();
        boolean[][] covers = new boolean[stations.size()][demand.size()];
        for (int s = 0; s < stations.size(); s++) {
            TravelTimeAnswer answer = travelTimes.fromOrigin(stations.get(s).position(), points);
            for (int i = 0; i < demand.size(); i++) {
                TravelLeg leg = answer.legs().get(i);
                covers[s][i] = leg.reachable() && leg.duration().plus(settings.turnout()).compareTo(targets[i]) <= 0;
            }
        }
        return new StationCoverage(List.copyOf(stations), List.copyOf(demand), covers);
    }

    int indexOf(String stationId) {
        for (int s = 0; s < stations.size(); s++) {
            if (stations.get(s).id().equals(stationId)) {
                return s;
            }
        }
        return -1;
    }
}
