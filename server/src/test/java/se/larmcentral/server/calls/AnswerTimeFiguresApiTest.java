package se.larmcentral.server.calls;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.larmcentral.server.calls.CallsCentre.assertProblem;

/**
 * Figures against hand-computed expectations. Timeline (seconds after 10:00 Swedish summer time, 08:00Z): F-1 queued
 * 0, answered 4; F-2 queued 10, answered 30; F-3 queued 20, answered 26; F-4 queued 40, abandoned 75; F-5 on 113 13
 * queued 50, answered 90; F-6 queued 80, still waiting at 100 (now).
 */
class AnswerTimeFiguresApiTest {

    @TempDir
    static Path dir;

    private static CallsCentre centre;

    @BeforeAll
    static void start() {
        centre = new CallsCentre(dir, Instant.parse("2025-06-10T08:00:00Z"));
        intake("F-1", "112");
        at(4, "F-1", "answer");
        at(10, null, null);
        intake("F-2", "112");
        at(20, null, null);
        intake("F-3", "112");
        at(26, "F-3", "answer");
        at(30, "F-2", "answer");
        at(40, null, null);
        intake("F-4", "112");
        at(50, null, null);
        intake("F-5", "113 13");
        at(75, "F-4", "abandon");
        at(80, null, null);
        intake("F-6", "112");
        at(90, "F-5", "answer");
        at(100, null, null);
    }

    private static long second;

    private static void at(long s, String callId, String action) {
        centre.clock.advance(Duration.ofSeconds(s - second));
        second = s;
        if (callId != null) {
            centre.write("/api/calls/" + callId + "/" + action, "{}", 200);
        }
    }

    private static void intake(String callId, String dialled) {
        centre.write("/api/calls", "{\"callId\": \"" + callId + "\", \"dialled\": \"" + dialled + "\"}", 201);
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    @Test
    void liveFiguresOn112MissEveryTarget() {
        JsonNode live = centre.read("/api/calls/figures/live");
        assertThat(live.get("lines").asText()).isEqualTo("112");
        JsonNode f = live.get("figures");
        assertThat(f.get("calls").asInt()).isEqualTo(5);
        assertThat(f.get("answered").asInt()).isEqualTo(3);
        assertThat(f.get("abandoned").asInt()).isEqualTo(1);
        assertThat(f.get("waiting").asInt()).isEqualTo(1);
        assertThat(f.get("meanAnswerSeconds").asDouble()).isEqualTo(10.0); // (4 + 20 + 6) / 3
        assertThat(f.get("answeredAfter15s").asInt()).isEqualTo(1);
        assertThat(f.get("answeredAfter30s").asInt()).isEqualTo(0);
        assertThat(f.get("shareAfter15s").asDouble()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(f.get("longestWaitSeconds").asDouble()).isEqualTo(35.0); // F-4 hung up after 35 s
        assertThat(f.get("targets").findValuesAsText("verdict")).containsExactly("MISSED", "MISSED", "MISSED");
        assertThat(f.at("/targets/0/explanation").asText()).contains("10.0 s", "at most 8 s");
        assertThat(f.get("allMet").asBoolean()).isFalse();
    }

    @Test
    void everyLineCountsThe11313CallToo() {
        JsonNode f = centre.read("/api/calls/figures/live?lines=all").get("figures");
        assertThat(f.get("calls").asInt()).isEqualTo(6);
        assertThat(f.get("meanAnswerSeconds").asDouble()).isEqualTo(17.5); // (4 + 20 + 6 + 40) / 4
        assertThat(f.get("answeredAfter30s").asInt()).isEqualTo(1);
        assertThat(f.get("longestWaitSeconds").asDouble()).isEqualTo(40.0);
        assertProblem(centre.get("/api/calls/figures/live?lines=113"), 400, "lines");
    }

    @Test
    void hourlyFiguresPutTheCallsInTheTenOClockHourOfTheSwedishDay() {
        JsonNode hours = centre.read("/api/calls/figures/hourly?date=2025-06-10").get("periods");
        assertThat(hours).hasSize(24);
        assertThat(hours.get(10).get("localStart").asText()).isEqualTo("2025-06-10T10:00:00+02:00");
        assertThat(hours.get(10).get("calls").asInt()).isEqualTo(5);
        assertThat(hours.get(9).get("calls").asInt()).isZero();
        assertThat(hours.get(9).get("targets").findValuesAsText("verdict")).containsOnly("NO_CALLS");
        assertThat(centre.read("/api/calls/figures/hourly?date=2025-10-26").get("periods")).hasSize(25);
        assertProblem(centre.get("/api/calls/figures/hourly?date=10/06/2025"), 400, "date");
    }

    @Test
    void dailyFiguresCoverEachDayIncludingDaysWithoutCalls() {
        JsonNode days = centre.read("/api/calls/figures/daily?from=2025-06-09&to=2025-06-10").get("periods");
        assertThat(days).hasSize(2);
        assertThat(days.get(0).get("calls").asInt()).isZero();
        assertThat(days.get(1).get("calls").asInt()).isEqualTo(5);
        assertThat(days.get(1).get("meanAnswerSeconds").asDouble()).isEqualTo(10.0);
        assertProblem(centre.get("/api/calls/figures/daily?from=2025-06-10&to=2025-06-09"), 400, "to");
        assertProblem(centre.get("/api/calls/figures/daily?from=2024-01-01&to=2025-06-09"), 400, "to", "400 days");
    }
}
