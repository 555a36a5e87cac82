package se.larmcentral.dispatch.moveup;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.dispatch.Durations;
import se.larmcentral.dispatch.Station;
import se.larmcentral.geo.TravelLeg;
import se.larmcentral.geo.TravelTimes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Dynamic maximum expected coverage (DMEXCLP, Jagtenberg, Bhulai and van der Mei 2015/2017). Each unit is busy with
 * chance q, so a demand point of weight d reached in time by k idle units is covered with expected value
 * d·(1 − q^k); the k-th unit adds d·(1 − q)·q^(k−1). Idle units count at their station. The policy tries every
 * move of one idle unit to another station and proposes the single best one, if it raises the expected covered
 * demand by at least {@code minGain} of all demand and the unit can drive there within {@code maxTravel}. Ties: the
 * larger gain, then the shorter drive, then unit id, then station id.
 */
public record Dmexclp(DmexclpSettings settings) implements MoveUpPolicy {

    @Override
    public String name() {
        return "dmexclp";
    }

    @Override
    public List<MoveProposal> propose(MoveUpSituation situation, TravelTimes travelTimes) {
        if (situation.idle().isEmpty() || situation.demand().isEmpty() || situation.stations().size() < 2) {
            return List.of();
        }
        return propose(situation, coverage(situation, travelTimes), travelTimes);
    }

    /** The stations' coverage of the situation's demand under these settings (one search per station). */
    public StationCoverage coverage(MoveUpSituation situation, TravelTimes travelTimes) {
        return StationCoverage.of(situation.stations(), situation.demand(), settings, travelTimes);
    }

    /**
     * The same with the stations' coverage computed before (it must be for the situation's stations and demand):
     * only the drives of the candidate moves are searched.
     */
    public List<MoveProposal> propose(MoveUpSituation situation, StationCoverage coverage, TravelTimes travelTimes) {
        List<DemandPoint> demand = situation.demand();
        if (situation.idle().isEmpty() || demand.isEmpty() || situation.stations().size() < 2) {
            return List.of();
        }
        if (!coverage.isFor(situation.stations(), demand)) {
            throw new IllegalArgumentException("the coverage was computed for other stations or demand");
        }
        int[] covering = coveringCounts(situation, coverage);
        double total = demand.stream().mapToDouble(DemandPoint::weight).sum();
        double before = expectedCovered(demand, covering);

        // q^k for every k that can occur, and each station pair's gain once: units at one station share it
        double[] powers = new double[situation.idle().size() + 2];
        powers[0] = 1;
        for (int k = 1; k < powers.length; k++) {
            powers[k] = powers[k - 1] * settings.busyFraction();
        }
        Map<Integer, double[]> gainsFrom = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (IdleUnit unit : situation.idle()) {
            int from = coverage.indexOf(unit.stationId());
            double[] gains = gainsFrom.computeIfAbsent(from, f -> gains(demand, covering, coverage.covers(), f, powers));
            for (int to = 0; to < coverage.stations().size(); to++) {
                if (to != from && gains[to] > 0 && gains[to] >= settings.minGain() * total) {
                    candidates.add(new Candidate(unit, to, gains[to], null));
                }
            }
        }
        Map<Integer, Map<String, TravelLeg>> drives = new HashMap<>();
        return candidates.stream()
                .map(c -> c.withDrive(drive(c, situation, coverage, travelTimes, drives)))
                .filter(c -> c.drive != null && c.drive.reachable()
                        && c.drive.duration().compareTo(settings.maxTravel()) <= 0)
                .min(Comparator.comparingDouble((Candidate c) -> -c.gain)
                        .thenComparing(c -> c.drive.duration())
                        .thenComparing(c -> c.unit.unitId())
                        .thenComparing(c -> coverage.stations().get(c.to).id()))
                .map(c -> proposal(c, situation, coverage, demand, covering, before, total))
                .map(List::of)
                .orElse(List.of());
    }

    /** For each demand point, how many idle units cover it from where they stand. */
    static int[] coveringCounts(MoveUpSituation situation, StationCoverage coverage) {
        int[] counts = new int[situation.demand().size()];
        for (IdleUnit unit : situation.idle()) {
            int s = coverage.indexOf(unit.stationId());
            if (s < 0) {
                continue;
            }
            for (int i = 0; i < counts.length; i++) {
                if (coverage.covers()[s][i]) {
                    counts[i]++;
                }
            }
        }
        return counts;
    }

    /** Σ d·(1 − q^k) over the demand points. */
    double expectedCovered(List<DemandPoint> demand, int[] covering) {
        double sum = 0;
        for (int i = 0; i < covering.length; i++) {
            sum += demand.get(i).weight() * (1 - Math.pow(settings.busyFraction(), covering[i]));
        }
        return sum;
    }

    /**
     * For each station, the rise in expected covered demand when one unit standing at {@code from} (-1: none) stands
     * there instead: the sum of d(q^k - q^k') over the points whose count k changes.
     */
    private static double[] gains(List<DemandPoint> demand, int[] covering, boolean[][] covers, int from,
                                  double[] powers) {
        double[] gains = new double[covers.length];
        for (int to = 0; to < covers.length; to++) {
            if (to == from) {
                continue;
            }
            double gain = 0;
            for (int i = 0; i < covering.length; i++) {
                int after = covering[i] - (from >= 0 && covers[from][i] ? 1 : 0) + (covers[to][i] ? 1 : 0);
                if (after != covering[i]) {
                    gain += demand.get(i).weight() * (powers[covering[i]] - powers[after]);
                }
            }
            gains[to] = gain;
        }
        return gains;
    }

    /** The unit's drive to the candidate's station; one one-to-many search per station asked about, for all units. */
    private static TravelLeg drive(Candidate c, MoveUpSituation situation, StationCoverage coverage,
                                   TravelTimes travelTimes, Map<Integer, Map<String, TravelLeg>> drives) {
        return drives.computeIfAbsent(c.to, to -> {
            List<GeoPoint> origins = situation.idle().stream().map(IdleUnit::position).toList();
            List<TravelLeg> legs = travelTimes.toDestination(coverage.stations().get(to).position(), origins).legs();
            Map<String, TravelLeg> byUnit = new HashMap<>();
            for (int u = 0; u < origins.size(); u++) {
                byUnit.put(situation.idle().get(u).unitId(), legs.get(u));
            }
            return byUnit;
        }).get(c.unit.unitId());
    }

    private MoveProposal proposal(Candidate c, MoveUpSituation situation, StationCoverage coverage,
                                  List<DemandPoint> demand, int[] covering, double before, double total) {
        Station to = coverage.stations().get(c.to);
        int from = coverage.indexOf(c.unit.stationId());
        double newlyCovered = 0;
        for (int i = 0; i < covering.length; i++) {
            boolean lost = from >= 0 && coverage.covers()[from][i];
            if (covering[i] == 0 && coverage.covers()[c.to][i] && !lost) {
                newlyCovered += demand.get(i).weight();
            }
        }
        String fromName = Optional.ofNullable(situation.station(c.unit.stationId())).map(Station::name)
                .orElse(c.unit.stationId());
        String reason = String.format(Locale.ROOT,
                "%s from %s to %s (%s by road): expected covered demand rises from %.1f %% to %.1f %% (+%.1f %%)%s",
                c.unit.callSign(), fromName, to.name(), Durations.text(c.drive.duration()),
                100 * before / total, 100 * (before + c.gain) / total, 100 * c.gain / total,
                newlyCovered > 0 ? String.format(Locale.ROOT,
                        "; %.1f %% of the demand has no free unit within its target now and would have one",
                        100 * newlyCovered / total) : "");
        return new MoveProposal(name(), c.unit.unitId(), c.unit.callSign(), c.unit.stationId(), to.id(), to.name(),
                c.drive.duration(), c.gain, reason);
    }

    private record Candidate(IdleUnit unit, int to, double gain, TravelLeg drive) {

        Candidate withDrive(TravelLeg leg) {
            return new Candidate(unit, to, gain, leg);
        }
    }
}
