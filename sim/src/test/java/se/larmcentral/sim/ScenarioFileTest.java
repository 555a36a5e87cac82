package se.larmcentral.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.sim.file.ScenarioFileReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioFileTest {

    static final Path SCENARIOS = Path.of("scenarios");

    @TempDir
    Path dir;

    ScenarioFileReader reader() {
        return new ScenarioFileReader(SharedData.root(), Path.of("target/test-graph-cache"), s -> { });
    }

    static final String VALID = """
            format: larmcentral-sim-scenario/1
            name: test
            start: "2025-03-03T00:00:00+01:00"
            fleet: {kind: demo-stockholm}
            travel: {kind: estimated, speed-kmh: 70}
            service:
              dispatch-delay: fixed 60
              acknowledge: uniform 10 20
              turnout-at-station: normal 90 20
              turnout-mobile: fixed 20
              on-scene: exponential 900
              transport-probability: 0.5
              handover: lognormal 900 300
            demand:
              kind: poisson
              calls-per-hour: 30
              priority-mix: [0.3, 0.4, 0.3, 0]
              places: {from: stations}
            targets-minutes: {1: 20}
            """;

    Path write(String text) throws IOException {
        Path file = dir.resolve("scenario.yaml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aValidFileRuns() throws IOException {
        Scenario scenario = reader().read(write(VALID));
        assertThat(scenario.fleet().units()).hasSize(91);
        assertThat(scenario.targets()).containsEntry(1, Duration.ofMinutes(20));
        SimResult result = new Simulation(scenario, Policy.CLOSEST_IDLE, 3).run(Duration.ofHours(12), s -> { });
        assertThat(result.incidents()).hasSizeBetween(250, 500);
    }

    @Test
    void thePolicyAndTheMoveUpSettingsAreRead() throws IOException {
        Scenario scenario = reader().read(write(VALID + """
                policy: dmexclp
                move-up:
                  busy-fraction: 0.45
                  min-gain: 0.02
                  max-travel-minutes: 20
                  turnout-seconds: 150
                  interval-minutes: 10
                  compliance-table: {1: [karolinska-solna], 2: [karolinska-solna, karolinska-huddinge]}
                  scope: any-idle
                """));
        MoveUpOptions m = scenario.moveUp();
        assertThat(m.scope()).isEqualTo(se.larmcentral.dispatch.moveup.Dmexclp.Scope.ANY_IDLE);
        assertThat(m.policy()).isEqualTo("dmexclp");
        assertThat(m.busyFraction()).isEqualTo(0.45);
        assertThat(m.minGain()).isEqualTo(0.02);
        assertThat(m.maxTravel()).isEqualTo(Duration.ofMinutes(20));
        assertThat(m.turnout()).isEqualTo(Duration.ofSeconds(150));
        assertThat(m.interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(m.complianceTable()).containsEntry(2, java.util.List.of("karolinska-solna", "karolinska-huddinge"));
        Policy dmexclp = Policy.named("policy", m.policy(), scenario);
        assertThat(dmexclp.moveUp()).isInstanceOfSatisfying(PolicyMoveUp.class, p -> {
            assertThat(p.interval()).isEqualTo(Duration.ofMinutes(10));
            assertThat(((se.larmcentral.dispatch.moveup.Dmexclp) p.policy()).scope())
                    .isEqualTo(se.larmcentral.dispatch.moveup.Dmexclp.Scope.ANY_IDLE);
            // places from the stations, one point per priority with a target (only priority 1 here)
            assertThat(p.demand()).hasSize(scenario.fleet().stations().size()).allSatisfy(d -> assertThat(d.priority()).isEqualTo(1));
        });
        assertThat(reader().read(write(VALID)).moveUp()).isEqualTo(MoveUpOptions.DEFAULT);
    }

    @Test
    void badMoveUpSettingsAreNamedWithTheirLine() throws IOException {
        Path unknownPolicy = write(VALID + "policy: nearest\n");
        assertThatThrownBy(() -> reader().read(unknownPolicy)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.field() + " " + e.reason()).contains("policy").contains("unknown policy 'nearest'").contains("line 20"));
        Path scope = write(VALID + "move-up: {scope: nearest}\n");
        assertThatThrownBy(() -> reader().read(scope)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.field() + " " + e.reason()).contains("move-up.scope")
                        .contains("unknown scope 'nearest'; expected freed-unit or any-idle"));
        Path busy = write(VALID + "move-up: {busy-fraction: 1.5}\n");
        assertThatThrownBy(() -> reader().read(busy)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.field() + " " + e.reason()).contains("move-up.busy-fraction").contains("between 0 and 1"));
        Path station = write(VALID + "move-up:\n  compliance-table: {1: [nowhere]}\n");
        assertThatThrownBy(() -> reader().read(station)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.field() + " " + e.reason()).contains("move-up.compliance-table").contains("unknown station 'nowhere'"));
        Path shortRow = write(VALID + "move-up:\n  compliance-table: {2: [karolinska-solna]}\n");
        assertThatThrownBy(() -> reader().read(shortRow)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.reason()).contains("must name 2 stations"));
        Path noTable = write(VALID + "policy: compliance-table\n");
        assertThatThrownBy(() -> reader().read(noTable)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.reason()).contains("needs move-up.compliance-table"));
        Path unknownKey = write(VALID + "move-up: {q: 0.3}\n");
        assertThatThrownBy(() -> reader().read(unknownKey)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.field() + " " + e.reason()).contains("move-up.q"));
    }

    @Test
    void aBadDistributionIsNamedWithItsLineAndColumn() throws IOException {
        Path file = write(VALID.replace("on-scene: exponential 900", "on-scene: exponential"));
        assertThatThrownBy(() -> reader().read(file)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("scenario.yaml: service.on-scene");
            assertThat(e.reason()).contains("exponential takes 1 number, was given 0").contains("line 11, column 13");
        });
    }

    @Test
    void anUnknownKeyAMissingKeyAndABadValueAreRefused() throws IOException {
        Path unknown = write(VALID.replace("  handover:", "  hand-over:"));
        assertThatThrownBy(() -> reader().read(unknown)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.field() + " " + e.reason()).contains("service.hand-over").contains("line 13"));
        Path missing = write(VALID.replace("  transport-probability: 0.5\n", ""));
        assertThatThrownBy(() -> reader().read(missing)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.field() + " " + e.reason()).contains("service.transport-probability").contains("is missing"));
        Path badMix = write(VALID.replace("[0.3, 0.4, 0.3, 0]", "[0.3, 0.4, 0.4, 0]"));
        assertThatThrownBy(() -> reader().read(badMix)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.field() + " " + e.reason()).contains("demand.priority-mix").contains("sum to 1").contains("line 17"));
        Path badProbability = write(VALID.replace("transport-probability: 0.5", "transport-probability: 1.5"));
        assertThatThrownBy(() -> reader().read(badProbability)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.field() + " " + e.reason()).contains("between 0 and 1").doesNotContain("Exception"));
        Path noTrace = write(VALID.replace("kind: poisson", "kind: trace\n  file: nowhere.csv").replace("  calls-per-hour: 30\n", "")
                .replace("  priority-mix: [0.3, 0.4, 0.3, 0]\n", "").replace("  places: {from: stations}\n", ""));
        assertThatThrownBy(() -> reader().read(noTrace)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.field() + " " + e.reason()).contains("demand.file").contains("does not exist").contains("nowhere.csv"));
    }

    @Test
    void aTraceFileWithABadPriorityNamesLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("trace.csv"), """
                time,lat,lon,priority
                2025-03-03T08:00:00+01:00,59.33,18.06,1
                2025-03-03T08:05:00+01:00,59.33,18.06,7
                """);
        Path file = write(VALID.replace("kind: poisson", "kind: trace\n  file: trace.csv").replace("  calls-per-hour: 30\n", "")
                .replace("  priority-mix: [0.3, 0.4, 0.3, 0]\n", "").replace("  places: {from: stations}\n", ""));
        assertThatThrownBy(() -> reader().read(file)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("trace.csv: line 3, column 4 (priority)");
            assertThat(e.reason()).isEqualTo("must be 1, 2, 3 or 4, was '7'");
        });
    }

    @Test
    void theStockholmScenarioRunsOnTheRoadNetwork() {
        SharedData.file("osm/stockholm-inner-2020.osm.pbf");
        Scenario scenario = reader().read(SCENARIOS.resolve("stockholm-demo.yaml"));
        assertThat(scenario.travelName()).contains("stockholm-inner-2020.osm.pbf");
        SimResult result = new Simulation(scenario, Policy.CLOSEST_IDLE, 1).run(Duration.ofDays(1), s -> { });
        assertThat(result.incidents()).hasSizeBetween(800, 1200);
        assertThat(result.incidents()).allSatisfy(i -> assertThat(i.response()).as(i.id()).isNotNull());
        double medianP1 = result.incidents().stream().filter(i -> i.priority() == 1)
                .mapToLong(i -> i.response().toSeconds()).sorted().skip(result.incidents().stream().filter(i -> i.priority() == 1).count() / 2)
                .findFirst().orElseThrow();
        assertThat(medianP1).as("median priority 1 response, s").isBetween(300.0, 1800.0);
    }

    @Test
    void theAucklandScenarioIsReadFromTheJemssFiles() {
        SharedData.file("jemss-auckland/travel/roads/roads.zip");
        Scenario scenario = reader().read(SCENARIOS.resolve("auckland-jemss.yaml"));
        assertThat(scenario.fleet().units()).hasSize(16);
        assertThat(scenario.travelName()).endsWith("contraction hierarchies");
        assertThat(scenario.fleet().stations()).hasSize(14);
        assertThat(scenario.fleet().hospitals()).extracting(h -> h.name()).contains("Auckland Hospital", "Middlemore Hospital");
        SimResult result = new Simulation(scenario, Policy.CLOSEST_IDLE, 1).run(Duration.ofDays(2), s -> { });
        assertThat(result.incidents()).hasSizeBetween(450, 670);
        assertThat(result.incidents()).allSatisfy(i -> assertThat(i.response()).as(i.id()).isNotNull());
        assertThat(result.incidents()).anySatisfy(i -> assertThat(i.hospitalId()).isEqualTo("H2"));
    }

    @Test
    void anUnknownRoadSearchIsNamed() throws IOException {
        Path file = write(VALID.replace("travel: {kind: estimated, speed-kmh: 70}",
                "travel: {kind: jemss-roads, folder: shared-data/jemss-auckland, search: astar}"));
        assertThatThrownBy(() -> reader().read(file)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.field() + " " + e.reason()).contains("travel.search")
                        .contains("must be dijkstra or contraction-hierarchies, was 'astar'").contains("line 5"));
    }

    @Test
    void aMissingJemssFileIsNamed() throws IOException {
        Path folder = dir.resolve("jemss");
        Files.createDirectories(folder.resolve("stations"));
        Path file = write(VALID.replace("fleet: {kind: demo-stockholm}", "fleet: {kind: jemss, folder: jemss}"));
        assertThatThrownBy(() -> reader().read(file)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.field()).endsWith("stations/stations_1.csv"));
    }
}
