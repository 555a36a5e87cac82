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
}
