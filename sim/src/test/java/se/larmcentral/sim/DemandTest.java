package se.larmcentral.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.sim.file.TraceFileReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

class DemandTest {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final GeoPoint NORTH = new GeoPoint(59.40, 18.00);
    static final GeoPoint SOUTH = new GeoPoint(59.20, 18.00);

    @TempDir
    Path dir;

    static List<SimCall> calls(Demand demand, int days) {
        Demand.CallSource source = demand.start(TestScenarios.START, STOCKHOLM, new RandomStreams(11),
                TestScenarios.small().service());
        Instant end = TestScenarios.START.plus(java.time.Duration.ofDays(days));
        List<SimCall> calls = new ArrayList<>();
        for (Optional<SimCall> c = source.next(); c.isPresent() && c.get().arrival().isBefore(end); c = source.next()) {
            calls.add(c.get());
        }
        return calls;
    }

    @Test
    void theHourOfWeekProfileShapesTheArrivalsAndThePlacesAndPrioritiesFollowTheirShares() {
        double[] profile = new double[168];
        for (int h = 0; h < 168; h++) {
            int hourOfDay = h % 24;
            profile[h] = hourOfDay < 6 ? 0 : (hourOfDay >= 12 && hourOfDay < 14 ? 3 : 1);
        }
        PoissonDemand demand = new PoissonDemand(10, profile, List.of(new DemandPoint(NORTH, 3), new DemandPoint(SOUTH, 1)),
                new double[]{0.5, 0.3, 0.2, 0});
        List<SimCall> calls = calls(demand, 70);
        // 10 calls/h on average over the week: 16,800 in 70 days
        assertThat(calls.size()).isBetween(16_300, 17_300);
        long[] byHour = new long[24];
        calls.forEach(c -> byHour[c.arrival().atZone(STOCKHOLM).getHour()]++);
        for (int h = 0; h < 6; h++) {
            assertThat(byHour[h]).as("hour %d has factor 0", h).isZero();
        }
        double noon = (byHour[12] + byHour[13]) / 2.0;
        double evening = (byHour[18] + byHour[19] + byHour[20]) / 3.0;
        assertThat(noon / evening).isCloseTo(3.0, offset(0.3));
        double north = calls.stream().filter(c -> c.position().equals(NORTH)).count() / (double) calls.size();
        assertThat(north).isCloseTo(0.75, offset(0.02));
        double p1 = calls.stream().filter(c -> c.priority() == 1).count() / (double) calls.size();
        double p3 = calls.stream().filter(c -> c.priority() == 3).count() / (double) calls.size();
        assertThat(p1).isCloseTo(0.5, offset(0.02));
        assertThat(p3).isCloseTo(0.2, offset(0.02));
        assertThat(calls).noneMatch(c -> c.priority() == 4);
    }

    @Test
    void aTraceFileIsReplayedInTimeOrderAndItsMissingDurationsAreDrawn() throws IOException {
        Path file = Files.writeString(dir.resolve("trace.csv"), """
                time,lat,lon,priority,dispatch_delay_s,on_scene_s,transport,handover_s
                2025-03-03T08:05:00+01:00,59.40,18.00,2,30,,false,
                2025-03-03T08:00:00+01:00,59.20,18.00,1,,600,true,300
                """);
        List<SimCall> calls = calls(new TraceDemand(TraceFileReader.read(file)), 1);
        assertThat(calls).extracting(SimCall::priority).containsExactly(1, 2);
        SimCall first = calls.getFirst();
        assertThat(first.arrival()).isEqualTo(Instant.parse("2025-03-03T07:00:00Z"));
        assertThat(first.durations().onScene()).isEqualTo(600);
        assertThat(first.durations().transport()).isTrue();
        assertThat(first.durations().handover()).isEqualTo(300);
        assertThat(first.durations().dispatchDelay()).as("drawn from the service model").isPositive();
        SimCall second = calls.get(1);
        assertThat(second.durations().dispatchDelay()).isEqualTo(30);
        assertThat(second.durations().transport()).isFalse();
    }
}
