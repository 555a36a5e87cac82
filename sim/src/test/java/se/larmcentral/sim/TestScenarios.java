package se.larmcentral.sim;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.dispatch.FleetDefinition;
import se.larmcentral.dispatch.Hospital;
import se.larmcentral.dispatch.HospitalCapability;
import se.larmcentral.dispatch.Station;
import se.larmcentral.dispatch.UnitDefinition;
import se.larmcentral.dispatch.UnitType;
import se.larmcentral.geo.EstimatedTravelTimes;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small scenarios built in code for the engine's tests. */
final class TestScenarios {

    static final GeoPoint STATION = new GeoPoint(59.3098, 18.0519);
    static final GeoPoint HOSPITAL = new GeoPoint(59.3495, 18.0328);
    /** Monday 2025-03-03 00:00 Swedish time. */
    static final Instant START = Instant.parse("2025-03-02T23:00:00Z");
    static final EstimatedTravelTimes TRAVEL = new EstimatedTravelTimes();

    private TestScenarios() {
    }

    static FleetDefinition oneStation(int ambulances) {
        List<UnitDefinition> units = new ArrayList<>();
        for (int i = 1; i <= ambulances; i++) {
            units.add(new UnitDefinition("AMB-" + i, "AMB " + i, UnitType.AMBULANCE, "S1", List.of()));
        }
        return FleetDefinition.of(List.of(new Station("S1", "Station S1", STATION, "0180")),
                List.of(new Hospital("H1", "Hospital H1", HOSPITAL, List.of(HospitalCapability.ADULT))), units);
    }

    /**
     * An M/M/c queue: c ambulances at one station, every call at the station (no travel), no dispatch delay or
     * turnout, exponential time on scene, no transport: the busy time is exactly the time on scene.
     */
    static Scenario erlang(int servers, double callsPerHour, double meanServiceSeconds) {
        ServiceModel service = new ServiceModel(new Distribution.Fixed(0), new Distribution.Fixed(0),
                new Distribution.Fixed(0), new Distribution.Fixed(0), new Distribution.Exponential(meanServiceSeconds),
                0, new Distribution.Fixed(0));
        Demand demand = new PoissonDemand(callsPerHour, null, List.of(new DemandPoint(STATION, 1)),
                new double[]{1, 0, 0, 0});
        return new Scenario("Erlang C check", ZoneId.of("Europe/Stockholm"), START, oneStation(servers), TRAVEL,
                "estimated", service, demand, Map.of(1, Duration.ofMinutes(20)));
    }

    /** A realistic-looking small region: two stations, a hospital, calls spread around, every random part on. */
    static Scenario small() {
        FleetDefinition fleet = FleetDefinition.of(
                List.of(new Station("S1", "Station S1", STATION, "0180"),
                        new Station("S2", "Station S2", new GeoPoint(59.40, 17.95), "0180")),
                List.of(new Hospital("H1", "Hospital H1", HOSPITAL, List.of(HospitalCapability.ADULT))),
                List.of(new UnitDefinition("AMB-1", "AMB 1", UnitType.AMBULANCE, "S1", List.of()),
                        new UnitDefinition("AMB-2", "AMB 2", UnitType.AMBULANCE, "S1", List.of()),
                        new UnitDefinition("AMB-3", "AMB 3", UnitType.AMBULANCE, "S2", List.of())));
        ServiceModel service = new ServiceModel(new Distribution.Normal(60, 20), new Distribution.Uniform(10, 40),
                new Distribution.Uniform(60, 120), new Distribution.Fixed(30), new Distribution.LogNormal(900, 400),
                0.7, new Distribution.Exponential(900));
        Demand demand = new PoissonDemand(1.5, null, List.of(new DemandPoint(STATION, 2),
                new DemandPoint(new GeoPoint(59.35, 18.10), 1), new DemandPoint(new GeoPoint(59.42, 17.90), 1)),
                new double[]{0.3, 0.4, 0.25, 0.05});
        return new Scenario("small", ZoneId.of("Europe/Stockholm"), START, fleet, TRAVEL, "estimated", service, demand,
                Map.of(1, Duration.ofMinutes(20)));
    }
}
