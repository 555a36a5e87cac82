package se.larmcentral.server.dispatch;


import se.larmcentral.centre.dispatch.ShiftTimer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.dispatch.ShiftRoster;
import se.larmcentral.dispatch.file.FleetFileReader;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.dispatch.DispatchCentre.assertProblem;

/** Shifts at run time: the shift timer on the centre's clock, and shifts started and ended by hand. */
class DispatchShiftApiTest {

    @TempDir
    Path dir;

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(SwedishTime.ZONE).toInstant();
    }

    private static long inService(DispatchCentre centre) {
        long count = 0;
        for (JsonNode unit : centre.read("/api/dispatch/fleet").get("units")) {
            count += unit.get("status").asText().equals("OUT_OF_SERVICE") ? 0 : 1;
        }
        return count;
    }

    private static String status(DispatchCentre centre, String unitId) {
        return centre.read("/api/dispatch/units/" + unitId).get("status").asText();
    }

    /** A unit of the demo fleet in service at noon but not at 23:00, and one the other way round. */
    private static String unitWith(DispatchCentre centre, boolean atNoon, boolean atNight) {
        for (JsonNode unit : centre.read("/api/dispatch/fleet").get("units")) {
            String id = unit.get("id").asText();
            var definition = FleetFileReader.demoStockholm().units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
            if (ShiftRoster.inService(java.util.List.of(definition), local("2025-03-12T12:00")) == (atNoon ? 1 : 0)
                    && ShiftRoster.inService(java.util.List.of(definition), local("2025-03-12T23:00")) == (atNight ? 1 : 0)) {
                return id;
            }
        }
        throw new AssertionError("no such unit in the demo fleet");
    }

    @Test
    void crossingFromDayToNightTakesDayUnitsOutOfServiceAndBackInTheMorning() {
        try (DispatchCentre centre = new DispatchCentre(dir, Map.of())) {
            ShiftTimer timer = new ShiftTimer(centre.server.centre().as(ShiftTimer.ACTOR), centre.clock);
            assertThat(centre.clock.instant()).isEqualTo(local("2025-03-12T12:00"));
            assertThat(inService(centre)).isEqualTo(91);
            assertThat(timer.tick()).as("nothing is due at noon").isEmpty();
            String dayUnit = unitWith(centre, true, false);

            centre.clock.advance(Duration.ofHours(11));
            assertThat(inService(centre)).as("no tick yet").isEqualTo(91);
            assertThat(centre.read("/api/dispatch/recommendation?at=59.3428,18.0496&priority=1").get("candidates"))
                    .as("a free unit whose shift has ended is not recommended before the tick")
                    .noneMatch(c -> c.get("unitId").asText().equals(dayUnit));
            timer.tick();

            long night = ShiftRoster.inService(FleetFileReader.demoStockholm().units(), local("2025-03-12T23:00"));
            assertThat(night).isEqualTo(53);
            assertThat(inService(centre)).isEqualTo(night);
            assertThat(status(centre, dayUnit)).isEqualTo("OUT_OF_SERVICE");
            JsonNode shiftEnd = centre.events().getLast();
            assertThat(shiftEnd.get("actor").asText()).isEqualTo(ShiftTimer.ACTOR.id());
            assertThat(shiftEnd.get("payload").get("reason").asText()).isEqualTo("shift end");

            centre.clock.advance(Duration.ofHours(8));
            timer.tick();
            assertThat(inService(centre)).isEqualTo(91);
            assertThat(status(centre, dayUnit)).isEqualTo("AVAILABLE_AT_STATION");
        }
    }

    @Test
    void aShiftStartedOrEndedByHandStandsUntilTheUnitsNextShiftBoundary() {
        // no simulated callers: the test counts the journal's events, which a demo call ringing meanwhile would change
        try (DispatchCentre centre = new DispatchCentre(dir, Map.of("LARM_DEMO_CALLERS_ENABLED", "false"))) {
            ShiftTimer timer = new ShiftTimer(centre.server.centre().as(ShiftTimer.ACTOR), centre.clock);
            timer.tick();
            String dayUnit = unitWith(centre, true, false);
            String alwaysUnit = unitWith(centre, true, true);
            centre.clock.advance(Duration.ofHours(11));
            timer.tick();
            assertThat(status(centre, dayUnit)).isEqualTo("OUT_OF_SERVICE");

            assertThat(centre.write("/api/dispatch/units/" + dayUnit + "/shift/start", "", 200).get("to").asText())
                    .isEqualTo("AVAILABLE_AT_STATION");
            assertThat(centre.write("/api/dispatch/units/" + alwaysUnit + "/shift/end", "", 200).get("to").asText())
                    .isEqualTo("OUT_OF_SERVICE");
            centre.clock.advance(Duration.ofMinutes(1));
            assertThat(timer.tick()).isEmpty();
            assertThat(status(centre, dayUnit)).isEqualTo("AVAILABLE_AT_STATION");
            assertThat(status(centre, alwaysUnit)).isEqualTo("OUT_OF_SERVICE");
            assertThat(centre.read("/api/dispatch/recommendation?at=59.3428,18.0496&priority=1").get("candidates"))
                    .anyMatch(c -> c.get("unitId").asText().equals(dayUnit))
                    .noneMatch(c -> c.get("unitId").asText().equals(alwaysUnit));

            int before = centre.events().size();
            assertProblem(centre.post("/api/dispatch/units/" + dayUnit + "/shift/start", ""), 409, "unitId", "already in service");
            assertProblem(centre.post("/api/dispatch/units/AMB-999/shift/end", ""), 404, "unitId", "AMB-999");
            assertThat(centre.events()).hasSize(before);
        }
    }

    @Test
    void theServerRunsTheCentresTimersOnOneThreadUntilItCloses() {
        long before = timerThreads();
        DispatchCentre centre = new DispatchCentre(dir, Map.of());
        try {
            assertThat(timerThreads()).isEqualTo(before + 1);
        } finally {
            centre.close();
        }
        assertThat(timerThreads()).isEqualTo(before);
    }

    private static long timerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("centre-timers")).count();
    }
}
