package se.larmcentral.demo;




import se.larmcentral.centre.Centre;
import se.larmcentral.journal.JournalSettings;
import java.util.List;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.core.Actor;
import se.larmcentral.journal.CommandLoop;
import se.larmcentral.server.TestServer;
import se.larmcentral.centre.CentreState;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aSecondDemoStartReusesTheStoredStateAndLoadsNothingAgain() throws Exception {
        long first;
        try (TestServer demo = new TestServer(dir, Map.of("LARM_DEMO", "true"))) {
            first = demo.server.centre().loop().lastSequence();
            assertThat(first).as("events after the first demo start").isGreaterThan(50);
            for (DemoSeed seed : DemoData.seeds()) {
                boolean loaded = demo.server.centre().loop().read(state -> state.extension(LoadedSeeds.class).contains(seed.name()));
                assertThat(loaded).as(seed.name()).isTrue();
            }
        }
        try (TestServer again = new TestServer(dir, Map.of("LARM_DEMO", "true"))) {
            // nothing but the test's own new API token
            long stored = first;
            assertThat(se.larmcentral.server.TestHttp.allEvents(path -> read(again.get(path).body())).stream()
                    .filter(e -> e.get("sequence").asLong() > stored).map(e -> e.get("type").asText()))
                    .containsExactly("server.ApiTokenIssued");
            assertThat(JSON.readTree(again.get("/api/dispatch/fleet").body()).get("units").size()).isGreaterThan(80);
        }
    }

    @Test
    void aSeedLoadedInPartIsReportedAndTheOthersStillLoad() {
        try (Centre demo = Centre.open(JournalSettings.h2File(dir.resolve("journal")),
                Centre.Setup.defaults(Clock.systemUTC(), List.of(DemoData.EXTENSION)))) {
            CommandLoop<CentreState> loop = demo.loop();
            DemoSeed social = DemoData.seeds().stream().filter(s -> s.name().contains("social")).findFirst().orElseThrow();
            // an earlier start stopped after the seed's first command
            loop.execute(Actor.SYSTEM, social.commands(Clock.systemUTC().instant()).getFirst(), Duration.ofSeconds(10));
            String report = DemoData.loadMissing(demo, Clock.systemUTC());
            assertThat(report).contains(social.name() + ": NOT loaded").contains("delete the data folder");
            assertThat(report).contains("shift log: loaded");
            boolean fleetLoaded = loop.read(state -> state.extension(LoadedSeeds.class).contains("Stockholm demo fleet (illustrative positions)"));
            int units = loop.read(state -> state.dispatch().units().size());
            assertThat(units).isGreaterThan(80);
            assertThat(fleetLoaded).isTrue();
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
