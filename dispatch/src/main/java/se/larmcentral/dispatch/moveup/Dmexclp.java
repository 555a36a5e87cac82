package se.larmcentral.dispatch.moveup;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
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
import java.util.Objects;
import java.util.Optional;

/**
 * Dynamic maximum expected coverage (DMEXCLP, Jagtenberg, Bhulai and van der Mei 2015/2017). Each unit is busy with
 * chance q, so a demand point of weight d reached in time by k idle units is covered with expected value
 * d·(1 − q^k); the k-th unit adds d·(1 − q)·q^(k−1). Idle units count at their station. The policy tries every
 * move of one idle unit to another station and proposes the single best one, if it raises the expected covered
 * demand by at least {@code minGain} of all demand and the unit can drive there within {@code maxTravel}. Ties: the
 * larger gain, then the shorter drive, then unit id, then station id.
 *
 * <p>{@code scope}: {@link Scope#FREED_UNIT} (the default, as Jagtenberg et al. use it) decides only for the units
 * the situation names as freed ({@link MoveUpSituation#freed()}): each goes to the station with the largest marginal
 * coverage gain (given the others where they stand) and no other unit moves. {@link Scope#ANY_IDLE} may move any free
 * unit at any decision, the single best move.
 */
public record Dmexclp(DmexclpSettings settings, Scope scope) implements MoveUpPolicy {

    /** Which units a decision may move. */
    public enum Scope {
        FREED_UNIT("freed-unit"), ANY_IDLE("any-idle");

        private final String text;

        Scope(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        /** {@code freed-unit} or {@code any-idle}; anything else names {@code field}. */
        public static Scope parse(String field, String text) {
            String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            for (Scope s : values()) {
                if (s.text.equals(t)) {
                    return s;
                }
            }
            throw new InvalidInputException(field, "unknown scope '" + text + "'; expected freed-unit or any-idle");
        }
    }

    public Dmexclp {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(scope, "scope");
    }

    /** The literature's scope: only the unit that has just become free moves. */
    public Dmexclp(DmexclpSettings settings) {
        this(settings, Scope.FREED_UNIT);
    }

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
        if (scope == Scope.FREED_UNIT) {
            return freedUnits(situation, coverage, travelTimes, covering, before, total, powers);
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

    /**
     * Each freed unit (in unit id order) to the station with the largest gain over staying where it counts, given the
     * others (and the freed units decided before it) where they stand; one search from the unit to the stations.
     */
    private List<MoveProposal> freedUnits(MoveUpSituation situation, StationCoverage coverage, TravelTimes travelTimes,
                                          int[] covering, double before, double total, double[] powers) {
        List<DemandPoint> demand = situation.demand();
        List<MoveProposal> proposals = new ArrayList<>();
        for (IdleUnit unit : situation.idle()) {
            if (!situation.freed().contains(unit.unitId())) {
                continue;
            }
            int from = coverage.indexOf(unit.stationId());
            double[] gains = gains(demand, covering, coverage.covers(), from, powers);
            List<Integer> targets = new ArrayList<>();
            for (int to = 0; to < gains.length; to++) {
                if (to != from && gains[to] > 0 && gains[to] >= settings.minGain() * total) {
                    targets.add(to);
                }
            }
            if (targets.isEmpty()) {
                continue;
            }
            List<TravelLeg> legs = travelTimes.fromOrigin(unit.position(),
                    targets.stream().map(t -> coverage.stations().get(t).position()).toList()).legs();
            Candidate best = null;
            for (int k = 0; k < targets.size(); k++) {
                Candidate c = new Candidate(unit, targets.get(k), gains[targets.get(k)], legs.get(k));
                if (!c.drive.reachable() || c.drive.duration().compareTo(settings.maxTravel()) > 0) {
                    continue;
                }
                if (best == null || c.gain > best.gain || c.gain == best.gain
                        && (c.drive.duration().compareTo(best.drive.duration()) < 0
                        || c.drive.duration().equals(best.drive.duration())
                        && coverage.stations().get(c.to).id().compareTo(coverage.stations().get(best.to).id()) < 0)) {
                    best = c;
                }
            }
            if (best == null) {
                continue;
            }
            proposals.add(proposal(best, situation, coverage, demand, covering, before, total));
            for (int i = 0; i < covering.length; i++) {
                covering[i] += (coverage.covers()[best.to][i] ? 1 : 0) - (from >= 0 && coverage.covers()[from][i] ? 1 : 0);
            }
            before += best.gain;
        }
        return proposals;
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
