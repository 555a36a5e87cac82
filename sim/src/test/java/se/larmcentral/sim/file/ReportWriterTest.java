package se.larmcentral.sim.file;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.dispatch.FleetDefinition;
import se.larmcentral.dispatch.Hospital;
import se.larmcentral.dispatch.HospitalCapability;
import se.larmcentral.dispatch.Station;
import se.larmcentral.dispatch.UnitDefinition;
import se.larmcentral.dispatch.UnitType;
import se.larmcentral.geo.EstimatedTravelTimes;
import se.larmcentral.sim.CoverageMap;
import se.larmcentral.sim.DemandPoint;
import se.larmcentral.sim.Distribution;
import se.larmcentral.sim.PoissonDemand;
import se.larmcentral.sim.Scenario;
import se.larmcentral.sim.ServiceModel;
import se.larmcentral.sim.SimResult;
import se.larmcentral.sim.StationIdle;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReportWriterTest {

    private static final Instant T0 = Instant.parse("2025-03-02T23:00:00Z");
    private static final GeoPoint NEAR = new GeoPoint(59.3098, 18.0519);
    private static final GeoPoint FAR = new GeoPoint(59.8000, 17.6000);

    /**
     * Station North stands on demand point NEAR (3 calls in 4); station South is 60 km off both points. The priority
     * 1 target is 10 minutes with a 60 s turnout, so NEAR is covered while North has a free unit and FAR never.
     */
    private static Scenario scenario() {
        FleetDefinition fleet = FleetDefinition.of(
                List.of(new Station("N", "North", NEAR, "0180"), new Station("S", "South", new GeoPoint(58.9, 18.5), "0180")),
                List.of(new Hospital("H1", "Hospital", NEAR, List.of(HospitalCapability.ADULT))),
                List.of(new UnitDefinition("AMB-1", "AMB 1", UnitType.AMBULANCE, "N", List.of()),
                        new UnitDefinition("AMB-2", "AMB 2", UnitType.AMBULANCE, "S", List.of())));
        ServiceModel service = new ServiceModel(new Distribution.Fixed(60), new Distribution.Fixed(0),
                new Distribution.Fixed(0), new Distribution.Fixed(0), new Distribution.Fixed(600), 0,
                new Distribution.Fixed(0));
        PoissonDemand demand = new PoissonDemand(1, null, List.of(new DemandPoint(NEAR, 3), new DemandPoint(FAR, 1)),
                new double[]{0.5, 0.5, 0, 0});
        return new Scenario("coverage", ZoneId.of("Europe/Stockholm"), T0, fleet, new EstimatedTravelTimes(),
                "estimated", service, demand, Map.of(1, Duration.ofMinutes(10), 2, Duration.ofMinutes(30)));
    }

    /** A day in which North had a free unit for 6 hours and South all day. */
    private static SimResult day(long seed) {
        return new SimResult("coverage", "closest-idle", seed, T0, T0.plus(Duration.ofDays(1)), List.of(), Map.of(),
                0, 0, 0, 0, List.of(), List.of(new StationIdle("N", T0.plus(Duration.ofHours(2)), T0.plus(Duration.ofHours(8))),
                new StationIdle("S", T0, T0.plus(Duration.ofDays(1)))));
    }

    @Test
    void theCoverageMapHoldsEachDemandPointsShareOfTimeCovered() {
        CoverageMap map = CoverageMap.of(scenario(), List.of(day(1))).orElseThrow();

        assertThat(map.target()).isEqualTo(Duration.ofMinutes(10));
        assertThat(map.turnout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(map.points()).hasSize(2);
        assertThat(map.points().get(0).position()).isEqualTo(NEAR);
        assertThat(map.points().get(0).covered()).isCloseTo(0.25, within(1e-9));
        assertThat(map.points().get(1).position()).isEqualTo(FAR);
        assertThat(map.points().get(1).covered()).isZero();
        assertThat(map.weightedCoverage()).isCloseTo(0.75 * 0.25, within(1e-9));
    }

    @Test
    void theReportDrawsThePointsInTheirBandsWithALegend() {
        String html = ReportWriter.html(scenario(), List.of(day(1)));

        assertThat(html).contains("<canvas id=\"coverage\">", "type:'bubble'",
                "text:'share of time covered / andel av tiden täckt'", "covered 18.8 % of the time");
        Matcher data = Pattern.compile("const coverageData=\\[(.*?)];", Pattern.DOTALL).matcher(html);
        assertThat(data.find()).isTrue();
        String datasets = data.group(1);
        // the first band holds both points: NEAR 25 % (the heavier, the larger bubble), FAR 0 %
        assertThat(datasets).contains("{label:'0–<50 %',data:[{x:18.05190,y:59.30980,r:10.0,c:25.0},"
                + "{x:17.60000,y:59.80000,r:6.6,c:0.0}],backgroundColor:'#c0392bcc'}");
        assertThat(datasets).contains("{label:'95–100 %',data:[]");
        assertThat(Pattern.compile("\\{x:").matcher(datasets).results().count()).isEqualTo(2);
    }

    @Test
    void theMapKeepsAKilometreEqualOnBothAxes() {
        // two points 0.2° of latitude apart at 60° N: the longitude range is widened to 1.6 × 0.22 / cos 60° = 0.704°
        double[] b = ReportWriter.mapBounds(List.of(new CoverageMap.Point(new GeoPoint(59.9, 18.0), 1, 0),
                new CoverageMap.Point(new GeoPoint(60.1, 18.0), 1, 1)));
        assertThat(b[0]).isCloseTo(59.89, within(1e-9));
        assertThat(b[1]).isCloseTo(60.11, within(1e-9));
        assertThat(b[3] - b[2]).isCloseTo(0.704, within(1e-3));
        assertThat((b[2] + b[3]) / 2).isCloseTo(18.0, within(1e-9));
        assertThat(ReportWriter.coverageSection(java.util.Optional.of(new CoverageMap(Duration.ofMinutes(10),
                Duration.ZERO, List.of(new CoverageMap.Point(new GeoPoint(59.9, 18.0), 1, 0),
                new CoverageMap.Point(new GeoPoint(60.1, 18.0), 1, 1))))))
                .contains("aspectRatio:1.60", "x:{type:'linear',min:17.6480,max:18.3520", "y:{min:59.8900,max:60.1100");
    }

    @Test
    void replicationsAreAveraged() {
        SimResult allDay = new SimResult("coverage", "closest-idle", 2, T0, T0.plus(Duration.ofDays(1)), List.of(),
                Map.of(), 0, 0, 0, 0, List.of(), List.of(new StationIdle("N", T0, T0.plus(Duration.ofDays(1)))));

        CoverageMap map = CoverageMap.of(scenario(), List.of(day(1), allDay)).orElseThrow();

        assertThat(map.points().get(0).covered()).isCloseTo((0.25 + 1.0) / 2, within(1e-9));
        assertThat(ReportWriter.coverageSection(java.util.Optional.of(map))).contains("{x:18.05190,y:59.30980,r:10.0,c:62.5}");
    }

    @Test
    void aScenarioWithoutAPriorityOneTargetHasNoMap() {
        Scenario noTarget = scenario();
        noTarget = new Scenario(noTarget.name(), noTarget.zone(), noTarget.start(), noTarget.fleet(), noTarget.travel(),
                noTarget.travelName(), noTarget.service(), noTarget.demand(), Map.of(2, Duration.ofMinutes(30)));

        assertThat(CoverageMap.of(noTarget, List.of(day(1)))).isEmpty();
        assertThat(ReportWriter.html(noTarget, List.of(day(1)))).contains("No coverage map");
    }
}
