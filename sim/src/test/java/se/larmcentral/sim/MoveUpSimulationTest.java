package se.larmcentral.sim;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.FleetDefinition;
import se.larmcentral.dispatch.Hospital;
import se.larmcentral.dispatch.HospitalCapability;
import se.larmcentral.dispatch.Station;
import se.larmcentral.dispatch.UnitDefinition;
import se.larmcentral.dispatch.UnitType;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Move-up in the simulator: the dispatch module's policies through {@link PolicyMoveUp}, each move issued as the
 * product's RelocateUnit. Two stations 14 km apart on a parallel (about 20 minutes by the straight-line estimate);
 * priority 1's target is 10 minutes, so neither station covers the other's calls.
 */
class MoveUpSimulationTest {

    static final GeoPoint WEST = new GeoPoint(59.30, 18.00);
    static final GeoPoint EAST = new GeoPoint(59.30, 18.25);
    static final Instant T0 = TestScenarios.START;

    /** dispatch delay 60 s, acknowledge 15 s, turnout 60 s at a station, 20 s mobile: 135 s before driving. */
    static Scenario scenario(Map<String, String> unitsAt, List<TraceDemand.TraceCall> calls, MoveUpOptions moveUp) {
        List<UnitDefinition> units = unitsAt.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new UnitDefinition(e.getKey(), e.getKey(), UnitType.AMBULANCE, e.getValue(), List.of()))
                .toList();
        FleetDefinition fleet = FleetDefinition.of(
                List.of(new Station("W", "West", WEST, "0180"), new Station("E", "East", EAST, "0180")),
                List.of(new Hospital("H1", "Hospital", new GeoPoint(59.35, 18.10), List.of(HospitalCapability.ADULT))),
                units);
        ServiceModel service = new ServiceModel(new Distribution.Fixed(60), new Distribution.Fixed(15),
                new Distribution.Fixed(60), new Distribution.Fixed(20), new Distribution.Fixed(600), 0,
                new Distribution.Fixed(600));
        return new Scenario("two stations", ZoneId.of("Europe/Stockholm"), T0, fleet, TestScenarios.TRAVEL,
                "estimated", service, new TraceDemand(calls), Map.of(1, Duration.ofMinutes(10)), moveUp);
    }

    static TraceDemand.TraceCall call(Duration after, GeoPoint where, double onSceneSeconds) {
        return new TraceDemand.TraceCall(T0.plus(after), where, 1, null, onSceneSeconds, false, null);
    }

    static Map<String, IncidentOutcome> byId(SimResult result) {
        Map<String, IncidentOutcome> byId = new HashMap<>();
        result.incidents().forEach(i -> byId.put(i.id(), i));
        return byId;
    }

    static SimResult run(Scenario scenario, String policy) {
        return new Simulation(scenario, Policy.named("policy", policy, scenario), 1).run(Duration.ofDays(1), s -> { });
    }

    static final MoveUpOptions ANY_IDLE = new MoveUpOptions("closest-idle", 0.3, 0.01, Duration.ofMinutes(30), null,
            Duration.ofMinutes(15), Map.of(), se.larmcentral.dispatch.moveup.Dmexclp.Scope.ANY_IDLE);

    /**
     * Both units stand at West; East has twice West's calls. DMEXCLP (any-idle) moves one to East at its first decision, so
     * the later call at East, made while West's other unit is busy, is reached from East in the 135 s before
     * driving, instead of after a 20-minute drive from West.
     */
    @Test
    void dmexclpMovesAUnitToTheUncoveredStationAndALaterCallThereIsReachedSooner() {
        List<TraceDemand.TraceCall> calls = List.of(
                call(Duration.ofHours(1), WEST, 3 * 3600),
                call(Duration.ofHours(2), EAST, 600),
                call(Duration.ofHours(8), EAST, 600));
        Scenario scenario = scenario(Map.of("AMB-1", "W", "AMB-2", "W"), calls, ANY_IDLE);

        SimResult closestIdle = run(scenario, "closest-idle");
        SimResult dmexclp = run(scenario, "dmexclp");

        double drive = TestScenarios.TRAVEL.fromOrigin(WEST, List.of(EAST)).legs().getFirst().duration().toMillis() / 1000.0;
        assertThat(drive).isBetween(15 * 60.0, 25 * 60.0);
        assertThat(closestIdle.moves()).isZero();
        assertThat(byId(closestIdle).get("T2").response().toMillis() / 1000.0).isCloseTo(135 + drive, org.assertj.core.data.Offset.offset(0.01));

        assertThat(dmexclp.moveLog()).first().satisfies(m -> {
            assertThat(m.unitId()).isEqualTo("AMB-1");
            assertThat(m.fromStationId()).isEqualTo("W");
            assertThat(m.toStationId()).isEqualTo("E");
            assertThat(m.at()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
            assertThat(m.reason()).contains("West").contains("East").contains("expected covered demand");
        });
        assertThat(dmexclp.moves()).isEqualTo(dmexclp.moveLog().size());
        // the unit at East took the call there; West's unit took West's call
        assertThat(byId(dmexclp).get("T2").response()).isEqualTo(Duration.ofSeconds(135));
        assertThat(byId(dmexclp).get("T2").unitId()).isEqualTo("AMB-1");
        assertThat(byId(dmexclp).get("T1").unitId()).isEqualTo("AMB-2");
        assertThat(byId(dmexclp).get("T1").response()).isEqualTo(byId(closestIdle).get("T1").response());
    }

    /**
     * The same calls with the literature's freed-unit scope: nobody moves at the 15-minute checks; the unit that took
     * East's first call, on clearing there (West's other unit busy), counts at East from then on (East's demand is
     * twice West's), so East's later call is reached in the 135 s before driving. The West unit, clearing later with
     * East covered, stays at West.
     */
    @Test
    void withTheFreedUnitScopeOnlyTheUnitThatHasJustBecomeFreeMoves() {
        List<TraceDemand.TraceCall> calls = List.of(
                call(Duration.ofHours(1), WEST, 3 * 3600),
                call(Duration.ofHours(2), EAST, 600),
                call(Duration.ofHours(8), EAST, 600));
        Scenario scenario = scenario(Map.of("AMB-1", "W", "AMB-2", "W"), calls, MoveUpOptions.DEFAULT);

        SimResult dmexclp = run(scenario, "dmexclp");

        String eastUnit = byId(dmexclp).get("T2").unitId();
        assertThat(dmexclp.moveLog()).singleElement().satisfies(m -> {
            assertThat(m.unitId()).isEqualTo(eastUnit);
            assertThat(m.fromStationId()).isEqualTo("W");
            assertThat(m.toStationId()).isEqualTo("E");
            // when it cleared at East: after the call, 135 s, the drive and 600 s on scene
            assertThat(m.at()).isAfter(T0.plus(Duration.ofHours(2)).plusSeconds(135 + 600));
            assertThat(m.drive()).isLessThan(Duration.ofSeconds(1));
        });
        assertThat(byId(dmexclp).get("T3").unitId()).isEqualTo(eastUnit);
        assertThat(byId(dmexclp).get("T3").response()).isEqualTo(Duration.ofSeconds(135));
    }

    /** One unit at each station and as many calls at each: moving either would uncover its own station; no move. */
    @Test
    void dmexclpMakesNoMoveWhenTheFleetAlreadyStandsWell() {
        List<TraceDemand.TraceCall> calls = List.of(
                call(Duration.ofHours(1), WEST, 1800),
                call(Duration.ofHours(3), EAST, 1800),
                call(Duration.ofHours(5), WEST, 600),
                call(Duration.ofHours(7), EAST, 600));
        Scenario scenario = scenario(Map.of("AMB-1", "W", "AMB-2", "E"), calls, MoveUpOptions.DEFAULT);

        SimResult closestIdle = run(scenario, "closest-idle");
        SimResult dmexclp = run(scenario, "dmexclp");

        assertThat(dmexclp.moves()).isZero();
        assertThat(dmexclp.moveLog()).isEmpty();
        assertThat(dmexclp.incidents()).isEqualTo(closestIdle.incidents());
    }

    /** The table wants West and East filled with two free units, East with one: one unit moves from West, once. */
    @Test
    void aComplianceTableFillsTheStationItsRowAsksFor() {
        List<TraceDemand.TraceCall> calls = List.of(call(Duration.ofHours(1), WEST, 3 * 3600), call(Duration.ofHours(2), EAST, 600));
        MoveUpOptions table = new MoveUpOptions("compliance-table", 0.3, 0.01, Duration.ofMinutes(30), null,
                Duration.ofMinutes(15), Map.of(1, List.of("E"), 2, List.of("W", "E")), null);
        Scenario scenario = scenario(Map.of("AMB-1", "W", "AMB-2", "W"), calls, table);

        SimResult result = run(scenario, "compliance-table");

        assertThat(result.moveLog()).hasSize(1).first().satisfies(m -> {
            assertThat(m.fromStationId()).isEqualTo("W");
            assertThat(m.toStationId()).isEqualTo("E");
        });
        assertThat(byId(result).get("T2").response()).isEqualTo(Duration.ofSeconds(135));
    }

    @Test
    void theSameSeedGivesTheSameRunWithMoveUp() {
        Scenario small = TestScenarios.small();
        SimResult a = new Simulation(small, Policy.named("policy", "dmexclp", small), 42).run(Duration.ofDays(5), s -> { });
        SimResult b = new Simulation(small, Policy.named("policy", "dmexclp", small), 42).run(Duration.ofDays(5), s -> { });
        assertThat(a.moves()).isPositive();
        assertThat(b.moveLog()).isEqualTo(a.moveLog());
        assertThat(b.incidents()).isEqualTo(a.incidents());
        assertThat(b.events()).isEqualTo(a.events());
        SimResult closestIdle = new Simulation(small, Policy.CLOSEST_IDLE, 42).run(Duration.ofDays(5), s -> { });
        assertThat(closestIdle.incidents()).hasSameSizeAs(a.incidents()).isNotEqualTo(a.incidents());
    }

    @Test
    void anUnknownPolicyOrAMissingComplianceTableIsNamed() {
        Scenario small = TestScenarios.small();
        assertThatThrownBy(() -> Policy.named("--policy", "nearest", small)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("--policy");
                    assertThat(e.reason()).contains("unknown policy 'nearest'").contains("dmexclp");
                });
        assertThatThrownBy(() -> Policy.named("--policy", "compliance-table", small)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.reason()).contains("no move-up.compliance-table"));
    }
}
