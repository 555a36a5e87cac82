package se.larmcentral.bench.moveup;

import se.larmcentral.bench.Percentiles;
import se.larmcentral.bench.dispatch.BenchFleet;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.dispatch.Station;
import se.larmcentral.dispatch.moveup.ComplianceTable;
import se.larmcentral.dispatch.moveup.DemandPoint;
import se.larmcentral.dispatch.moveup.Dmexclp;
import se.larmcentral.dispatch.moveup.DmexclpSettings;
import se.larmcentral.dispatch.moveup.IdleUnit;
import se.larmcentral.dispatch.moveup.MoveProposal;
import se.larmcentral.dispatch.moveup.MoveUpSituation;
import se.larmcentral.dispatch.moveup.StationCoverage;
import se.larmcentral.geo.RoadNetworkTravelTimes;
import se.larmcentral.geo.TravelTimeAnswer;
import se.larmcentral.geo.TravelTimes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * {@code ./larm bench moveup [SHARED_DATA] [decisions]}: one move-up decision on the inner-Stockholm road graph, 30
 * stations with 2 ambulances each, a seeded fifth of them busy per decision, 200 demand points (all positions seeded,
 * on the road network). DMEXCLP with the stations' coverage computed once and reused (as the live advice and a
 * simulator use it) beside the baseline of DMEXCLP searching the coverage anew each decision; a compliance table for
 * comparison. p50/p99 per decision in ms, road searches per decision, decisions with a proposal.
 */
public final class Run {

    static final int STATIONS = 30;
    static final int UNITS_PER_STATION = 2;
    static final int DEMAND = 200;
    static final Instant AT = Instant.parse("2025-03-12T10:00:00Z");

    private Run() {
    }

    /** Counts the road searches asked for. */
    static final class Counting implements TravelTimes {
        final TravelTimes inner;
        long searches;

        Counting(TravelTimes inner) {
            this.inner = inner;
        }

        @Override
        public TravelTimeAnswer toDestination(GeoPoint destination, List<GeoPoint> origins) {
            searches++;
            return inner.toDestination(destination, origins);
        }

        @Override
        public TravelTimeAnswer fromOrigin(GeoPoint origin, List<GeoPoint> destinations) {
            searches++;
            return inner.fromOrigin(origin, destinations);
        }
    }

    record Figures(String name, Percentiles latency, double searchesPerDecision, double withProposal) {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.setProperty("larm.sharedData", args[0]);
        }
        int decisions = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        try (RoadNetworkTravelTimes roads = BenchFleet.stockholm()) {
            List<GeoPoint> points = BenchFleet.positionsOnRoads(roads, STATIONS + DEMAND, 7);
            List<Station> stations = new ArrayList<>();
            for (int s = 0; s < STATIONS; s++) {
                stations.add(new Station(String.format("S-%02d", s), "Bench station " + s, points.get(s), null));
            }
            List<DemandPoint> demand = new ArrayList<>();
            Random weights = new Random(11);
            for (int d = 0; d < DEMAND; d++) {
                demand.add(new DemandPoint("D-" + d, points.get(STATIONS + d), 1 + weights.nextInt(100), 1));
            }
            List<MoveUpSituation> situations = situations(stations, demand, decisions);
            Dmexclp dmexclp = new Dmexclp(new DmexclpSettings(0.3, Map.of(1, Duration.ofMinutes(5)),
                    Duration.ofSeconds(60), 0.005, Duration.ofMinutes(30)), Dmexclp.Scope.ANY_IDLE);
            Map<Integer, List<String>> table = new HashMap<>();
            for (int n = 1; n <= STATIONS * UNITS_PER_STATION; n++) {
                List<String> row = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    row.add(stations.get(i % STATIONS).id());
                }
                table.put(n, row);
            }
            ComplianceTable compliance = new ComplianceTable(table);
            Counting counting = new Counting(roads);
            StationCoverage coverage = dmexclp.coverage(situations.getFirst(), counting);

            // warm-up, not measured
            measure("warm-up", situations.subList(0, Math.min(20, decisions)), counting, s -> dmexclp.propose(s, counting));
            Figures baseline = measure("DMEXCLP, coverage searched each decision (baseline)", situations, counting,
                    s -> dmexclp.propose(s, counting));
            Figures cached = measure("DMEXCLP, coverage computed once", situations, counting,
                    s -> dmexclp.propose(s, coverage, counting));
            Figures table2 = measure("compliance table", situations, counting, s -> compliance.propose(s, counting));

            System.out.printf(Locale.ROOT, "move-up decision, inner Stockholm road graph: %d stations, %d ambulances"
                    + " (a fifth busy per decision), %d demand points, %d decisions%n", STATIONS,
                    STATIONS * UNITS_PER_STATION, DEMAND, decisions);
            System.out.printf(Locale.ROOT, "%-52s %9s %9s %10s %10s%n", "decision", "p50 ms", "p99 ms", "searches", "proposes");
            for (Figures f : List.of(baseline, cached, table2)) {
                System.out.printf(Locale.ROOT, "%-52s %9.2f %9.2f %10.1f %9.0f%%%n", f.name(), f.latency().millis(0.5),
                        f.latency().millis(0.99), f.searchesPerDecision(), 100 * f.withProposal());
            }
            System.out.printf(Locale.ROOT, "ratio baseline/cached: p50 %.1fx, p99 %.1fx%n",
                    baseline.latency().millis(0.5) / cached.latency().millis(0.5),
                    baseline.latency().millis(0.99) / cached.latency().millis(0.99));
        }
    }

    /** Per decision, a seeded fifth of the ambulances busy (left out of the idle ones). */
    static List<MoveUpSituation> situations(List<Station> stations, List<DemandPoint> demand, int count) {
        Random random = new Random(3);
        List<MoveUpSituation> all = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            List<IdleUnit> idle = new ArrayList<>();
            for (Station station : stations) {
                for (int u = 0; u < UNITS_PER_STATION; u++) {
                    if (random.nextInt(5) != 0) {
                        idle.add(new IdleUnit(station.id() + "-" + u, null, station.position(), station.id(), true));
                    }
                }
            }
            all.add(new MoveUpSituation(idle, stations, demand, AT));
        }
        return all;
    }

    static Figures measure(String name, List<MoveUpSituation> situations, Counting counting,
                           Function<MoveUpSituation, List<MoveProposal>> decide) {
        long[] samples = new long[situations.size()];
        long searchesBefore = counting.searches;
        int proposing = 0;
        for (int i = 0; i < situations.size(); i++) {
            long start = System.nanoTime();
            List<MoveProposal> proposals = decide.apply(situations.get(i));
            samples[i] = System.nanoTime() - start;
            proposing += proposals.isEmpty() ? 0 : 1;
        }
        return new Figures(name, new Percentiles(samples),
                (counting.searches - searchesBefore) / (double) situations.size(),
                proposing / (double) situations.size());
    }
}
