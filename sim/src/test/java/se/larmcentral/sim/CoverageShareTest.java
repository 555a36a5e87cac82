package se.larmcentral.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CoverageShareTest {

    private static final Instant T0 = Instant.parse("2025-03-03T00:00:00Z");
    private static final Instant T100 = T0.plus(Duration.ofMinutes(100));
    /** Station A covers points 0 and 1, station B covers point 1; point 2 is covered by nobody. */
    private static final List<String> STATIONS = List.of("A", "B");
    private static final boolean[][] COVERS = {{true, true, false}, {false, true, false}};

    /** "A 0 50, B 25 75" → idle spans in minutes after T0. */
    private static List<StationIdle> spans(String text) {
        List<StationIdle> spans = new ArrayList<>();
        if (text.isBlank()) {
            return spans;
        }
        for (String part : text.split(",")) {
            String[] f = part.trim().split(" ");
            spans.add(new StationIdle(f[0], T0.plus(Duration.ofMinutes(Long.parseLong(f[1]))),
                    T0.plus(Duration.ofMinutes(Long.parseLong(f[2])))));
        }
        return spans;
    }

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("", 0.0, 0.0),
                Arguments.of("A 0 50", 0.5, 0.5),
                Arguments.of("A 0 50, B 25 75", 0.5, 0.75),
                Arguments.of("A 0 50, B 50 100", 0.5, 1.0),          // spans that touch: no gap, no double count
                Arguments.of("A 0 100, B 0 100", 1.0, 1.0),          // two covering stations count once
                Arguments.of("A -10 20", 0.2, 0.2),                  // clipped to the window
                Arguments.of("A 90 130", 0.1, 0.1),
                Arguments.of("A 10 20, A 30 40", 0.2, 0.2),
                Arguments.of("B 0 100", 0.0, 1.0),
                Arguments.of("C 0 100", 0.0, 0.0),                   // a station not in the table
                Arguments.of("A 100 120", 0.0, 0.0));                // after the window
    }

    @ParameterizedTest(name = "{0} → point 0 {1}, point 1 {2}")
    @MethodSource("table")
    void sharesOfTimeCovered(String idle, double point0, double point1) {
        double[] share = CoverageShare.of(STATIONS, COVERS, spans(idle), T0, T100);

        assertThat(share).hasSize(3);
        assertThat(share[0]).isCloseTo(point0, within(1e-9));
        assertThat(share[1]).isCloseTo(point1, within(1e-9));
        assertThat(share[2]).isZero();
    }

    @Test
    void anEmptyWindowCoversNothing() {
        assertThat(CoverageShare.of(STATIONS, COVERS, spans("A 0 100"), T0, T0)).containsExactly(0, 0, 0);
    }

    @Test
    void aSpanEndingBeforeItStartsIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new StationIdle("A", T100, T0))
                .hasMessageContaining("ends before it starts");
    }

    /**
     * One ambulance at one station, every call at the station: the station has a free unit exactly when the unit is
     * not busy, so the share of time it is idle is 1 − the unit's utilisation.
     */
    @Test
    void oneUnitsStationIsIdleWhenTheUnitIsNotBusy() {
        Scenario scenario = TestScenarios.erlang(1, 0.5, 1800);
        SimResult result = new Simulation(scenario, Policy.CLOSEST_IDLE, 7).run(Duration.ofDays(3), s -> { });

        double[] share = CoverageShare.of(List.of("S1"), new boolean[][]{{true}}, result.stationIdle(), result.start(),
                result.end());

        double utilisation = result.unitUse().get("AMB-1").utilisation();
        assertThat(utilisation).isBetween(0.1, 0.5);
        assertThat(share[0]).isCloseTo(1 - utilisation, within(1e-6));
        assertThat(result.stationIdle()).allSatisfy(s -> assertThat(s.stationId()).isEqualTo("S1"));
    }
}
