package se.larmcentral.server.calls;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.calls.MunicipalityLookup;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's callers, driven by a test clock: calls arrive, live through their lives, and the figures move. */
class DemoCallGeneratorTest {

    private static final Instant START = Instant.parse("2025-06-10T08:00:00Z");

    @TempDir
    Path dir;

    private CallsCentre centre;
    private DemoCallGenerator generator;

    @BeforeEach
    void start() {
        centre = new CallsCentre(dir, START);
        generator = new DemoCallGenerator(
                CommandSubmitter.of(centre.server.centre().loop(), DemoCallGenerator.ACTOR, Duration.ofSeconds(30)),
                new CallFollowUps(centre.clock), MunicipalityLookup.none(),
                centre.clock, 112);
    }

    @AfterEach
    void stop() {
        generator.close();
        centre.close();
    }

    private void run(Duration duration) {
        for (long s = 0; s < duration.toSeconds(); s++) {
            centre.clock.advance(Duration.ofSeconds(1));
            generator.tick();
        }
    }

    @Test
    void nothingHappensUntilTheClockMovesThenCallsArriveAndTheLiveFiguresChange() {
        generator.tick();
        JsonNode before = centre.read("/api/calls/figures/live?lines=all");
        assertThat(before.at("/figures/calls").asInt()).isZero();

        run(Duration.ofSeconds(19));
        assertThat(centre.read("/api/calls/figures/live?lines=all").at("/figures/calls").asInt())
                .as("the first call arrives 20-40 s after the start").isZero();

        run(Duration.ofMinutes(10));
        JsonNode after = centre.read("/api/calls/figures/live?lines=all");
        assertThat(after.at("/figures/calls").asInt()).isBetween(10, 31);
        assertThat(after.at("/figures/answered").asInt()).isPositive();
        assertThat(after.at("/figures/meanAnswerSeconds").asDouble()).isPositive();

        List<JsonNode> events = centre.events();
        assertThat(events).extracting(e -> e.get("type").asText())
                .contains("calls.CallQueued", "calls.PositionReported", "calls.CallAnswered", "calls.CallClassified",
                        "calls.CallHandled", "calls.CallClosed");
        assertThat(events).filteredOn(e -> e.get("type").asText().startsWith("calls."))
                .allSatisfy(e -> assertThat(e.get("actor").asText()).isEqualTo("demo-caller-simulator"));
    }
}
