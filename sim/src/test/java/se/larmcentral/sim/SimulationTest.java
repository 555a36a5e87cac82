package se.larmcentral.sim;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SimulationTest {

    @Test
    void theSameSeedGivesTheSameRunBitForBit() {
        SimResult a = new Simulation(TestScenarios.small(), Policy.CLOSEST_IDLE, 42).run(Duration.ofDays(10), s -> { });
        SimResult b = new Simulation(TestScenarios.small(), Policy.CLOSEST_IDLE, 42).run(Duration.ofDays(10), s -> { });
        assertThat(a.incidents()).hasSizeGreaterThan(300);
        assertThat(b.incidents()).isEqualTo(a.incidents());
        assertThat(b.unitUse()).isEqualTo(a.unitUse());
        assertThat(b.events()).isEqualTo(a.events());
    }

    @Test
    void anotherSeedGivesAnotherRun() {
        SimResult a = new Simulation(TestScenarios.small(), Policy.CLOSEST_IDLE, 42).run(Duration.ofDays(3), s -> { });
        SimResult b = new Simulation(TestScenarios.small(), Policy.CLOSEST_IDLE, 43).run(Duration.ofDays(3), s -> { });
        assertThat(b.incidents()).isNotEqualTo(a.incidents());
    }

    @Test
    void everyIncidentIsReachedAndTheUnitsGoThroughTheWholeFlow() {
        SimResult result = new Simulation(TestScenarios.small(), Policy.CLOSEST_IDLE, 7).run(Duration.ofDays(5), s -> { });
        assertThat(result.incidents()).allSatisfy(i -> {
            assertThat(i.onScene()).as(i.id()).isNotNull();
            assertThat(i.response()).isEqualTo(Duration.between(i.call(), i.onScene()));
            assertThat(i.alerted()).isAfterOrEqualTo(i.call());
        });
        assertThat(result.incidents()).anySatisfy(i -> assertThat(i.hospitalId()).isEqualTo("H1"));
        assertThat(result.incidents()).anySatisfy(i -> assertThat(i.hospitalId()).isNull());
        assertThat(result.unitUse().values()).allSatisfy(u -> assertThat(u.utilisation()).isBetween(0.01, 1.0));
    }

    @Test
    void aUnitWorksOnlyInItsShiftAndItsTimeInServiceIsCounted() {
        Scenario small = TestScenarios.small();
        java.util.List<se.larmcentral.dispatch.UnitDefinition> units = new java.util.ArrayList<>(small.fleet().units());
        var day = new se.larmcentral.dispatch.ShiftWindow(java.util.List.of(java.time.DayOfWeek.values()),
                java.time.LocalTime.of(7, 0), java.time.LocalTime.of(19, 0));
        units.set(2, new se.larmcentral.dispatch.UnitDefinition("AMB-3", "AMB 3", se.larmcentral.dispatch.UnitType.AMBULANCE,
                "S2", java.util.List.of(day)));
        Scenario shifted = new Scenario("shifts", small.zone(), small.start(),
                se.larmcentral.dispatch.FleetDefinition.of(small.fleet().stations(), small.fleet().hospitals(), units),
                small.travel(), small.travelName(), small.service(), small.demand(), small.targets());
        SimResult result = new Simulation(shifted, Policy.CLOSEST_IDLE, 3).run(Duration.ofDays(4), s -> { });
        assertThat(result.incidents()).filteredOn(i -> "AMB-3".equals(i.unitId())).isNotEmpty().allSatisfy(i -> {
            int hour = i.alerted().atZone(small.zone()).getHour();
            assertThat(hour).as(i.id() + " alerted at " + i.alerted()).isBetween(7, 18);
        });
        // four 12-hour shifts, each ended at 19:00 or when the unit came free after it (checked every 15 minutes)
        Duration inService = result.unitUse().get("AMB-3").inService();
        assertThat(inService).isBetween(Duration.ofHours(48), Duration.ofHours(52));
        assertThat(result.unitUse().get("AMB-1").inService()).isGreaterThanOrEqualTo(Duration.ofDays(4));
    }
}
