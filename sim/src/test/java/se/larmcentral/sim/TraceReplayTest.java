package se.larmcentral.sim;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.GeoPoint;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replayed trace with fixed durations: every response time is computed by hand from the timeline, using the
 * scenario's own straight-line travel time (distance × 1.4 at 60 km/h) for each leg.
 */
class TraceReplayTest {

    static final GeoPoint FAR = new GeoPoint(59.3300, 18.0700);
    static final GeoPoint OTHER = new GeoPoint(59.3200, 18.0300);

    /** dispatch delay 60 s, acknowledge 15 s, turnout 75 s at station / 20 s mobile. */
    static Scenario scenario(List<TraceDemand.TraceCall> calls) {
        ServiceModel service = new ServiceModel(new Distribution.Fixed(999), new Distribution.Fixed(15),
                new Distribution.Fixed(75), new Distribution.Fixed(20), new Distribution.Fixed(999), 0.5,
                new Distribution.Fixed(999));
        return new Scenario("trace", java.time.ZoneId.of("Europe/Stockholm"), TestScenarios.START,
                TestScenarios.oneStation(1), TestScenarios.TRAVEL, "estimated", service, new TraceDemand(calls),
                Map.of());
    }

    static double travel(GeoPoint from, GeoPoint to) {
        return TestScenarios.TRAVEL.fromOrigin(from, List.of(to)).legs().getFirst().duration().toNanos() / 1e9;
    }

    @Test
    void responseTimesAreTheHandComputedOnes() {
        Instant t0 = TestScenarios.START.plusSeconds(3600);
        // call 1 at FAR: 60 s delay, on scene 600 s, no transport. Call 2 arrives while the only unit is busy.
        // call 3 comes after all is done, at OTHER, and the unit is back at its station by then.
        List<TraceDemand.TraceCall> calls = List.of(
                new TraceDemand.TraceCall(t0, FAR, 1, 60.0, 600.0, false, 0.0),
                new TraceDemand.TraceCall(t0.plusSeconds(120), OTHER, 2, 30.0, 300.0, true, 240.0),
                new TraceDemand.TraceCall(t0.plusSeconds(6 * 3600), OTHER, 3, 45.0, 100.0, false, 0.0));
        SimResult result = new Simulation(scenario(calls), Policy.CLOSEST_IDLE, 1).run(Duration.ofDays(1), s -> { });
        Map<String, IncidentOutcome> byId = new java.util.HashMap<>();
        result.incidents().forEach(i -> byId.put(i.id(), i));

        double stationToFar = travel(TestScenarios.STATION, FAR);
        double response1 = 60 + 15 + 75 + stationToFar;
        assertThat(seconds(byId.get("T1").response())).isCloseTo(response1, within());

        // the unit clears at FAR at t0 + response1 + 600, is proposed call 2 from the queue there (mobile turnout)
        double clear1 = response1 + 600;
        double response2 = clear1 + 15 + 20 + travel(FAR, OTHER) - 120;
        assertThat(seconds(byId.get("T2").response())).isCloseTo(response2, within());
        assertThat(byId.get("T2").hospitalId()).isEqualTo("H1");

        double response3 = 45 + 15 + 75 + travel(TestScenarios.STATION, OTHER);
        assertThat(seconds(byId.get("T3").response())).isCloseTo(response3, within());
        assertThat(byId.get("T3").hospitalId()).isNull();
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    /** Each leg is rounded to the millisecond by the travel times, each duration to the nanosecond. */
    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.003);
    }
}
