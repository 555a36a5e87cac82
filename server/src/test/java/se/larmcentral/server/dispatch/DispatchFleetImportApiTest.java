package se.larmcentral.server.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.dispatch.DispatchCentre.assertProblem;

/** {@code POST /api/dispatch/fleet} on a centre started without the demo, and the proposal in status answers. */
class DispatchFleetImportApiTest {

    static final String FLEET = """
            format: larmcentral-fleet/1
            name: Test fleet
            illustrative: true
            hospitals:
              - {id: sos, name: Södersjukhuset, position: "59.3098,18.0519", capabilities: [adult, children]}
            stations:
              - id: south
                name: Station South
                position: "59.3098,18.0519"
                units:
                  - {id: T-1, type: ambulance}
                  - {id: T-2, type: ambulance}
            """;

    @TempDir
    Path dir;

    @Test
    void aFleetFileIsLoadedOnceAndASecondLoadWithTheSameIdsIsAConflictNamingTheId() {
        try (DispatchCentre centre = new DispatchCentre(dir, Map.of("LARM_DEMO", "false"))) {
            assertThat(centre.read("/api/dispatch/fleet").get("units")).isEmpty();

            JsonNode imported = DispatchCentre.parse(centre.post("/api/dispatch/fleet", "application/yaml", FLEET).body());
            assertThat(imported.get("name").asText()).isEqualTo("Test fleet");
            assertThat(imported.get("loaded").get("units").asInt()).isEqualTo(2);
            assertThat(imported.get("loaded").get("unitsInService").asInt()).isEqualTo(2);
            assertThat(centre.read("/api/dispatch/fleet").get("units")).hasSize(2);

            int before = centre.events().size();
            assertProblem(centre.post("/api/dispatch/fleet", "application/yaml", FLEET), 409, "stationId", "'south'");
            assertProblem(centre.post("/api/dispatch/fleet", "application/yaml",
                    FLEET.replace("id: south", "id: north").replace("id: sos", "id: sos-2")), 409, "unitId", "'T-1'");
            assertThat(centre.events()).hasSize(before);
        }
    }

    @Test
    void aBadFleetFileIsRefusedNamingThePlaceInItAndNothingIsStored() {
        try (DispatchCentre centre = new DispatchCentre(dir, Map.of("LARM_DEMO", "false"))) {
            int before = centre.events().size();
            assertProblem(centre.post("/api/dispatch/fleet", "application/yaml", FLEET.replace("{id: T-2, type: ambulance}",
                    "{id: T-2, type: taxi}")), 400, "body: stations[0].units[1].type", "taxi");
            assertProblem(centre.post("/api/dispatch/fleet", "application/yaml", "format: [unclosed"), 400, "body", "line");
            assertProblem(centre.post("/api/dispatch/fleet", "text/plain", FLEET), 400, "Content-Type", "application/yaml");
            assertThat(centre.events()).hasSize(before);
            assertThat(centre.read("/api/dispatch/fleet").get("units")).isEmpty();
        }
    }

    @Test
    void aStatusReportThatFreesAUnitWhileIncidentsWaitAnswersWithTheProposal() {
        try (DispatchCentre centre = new DispatchCentre(dir, Map.of("LARM_DEMO", "false"))) {
            centre.post("/api/dispatch/fleet", "application/yaml", FLEET);
            JsonNode noQueue = centre.write("/api/dispatch/units/T-1/status", "{\"status\": \"AVAILABLE_MOBILE\"}", 200);
            assertThat(noQueue.get("to").asText()).isEqualTo("AVAILABLE_MOBILE");
            assertThat(noQueue.get("proposal").isNull()).as("empty queue: no proposal").isTrue();

            centre.write("/api/dispatch/incidents", "{\"incidentId\": \"Q-1\", \"position\": {\"lat\": 59.3428, \"lon\": 18.0496},"
                    + " \"priority\": 2}", 201);
            JsonNode busy = centre.write("/api/dispatch/units/T-2/status", "{\"status\": \"TEMPORARILY_UNAVAILABLE\","
                    + " \"reason\": \"meal\", \"expectedBackAt\": \"" + centre.clock.instant().plusSeconds(1800) + "\"}", 200);
            assertThat(busy.get("proposal").isNull()).as("not free: no proposal").isTrue();

            JsonNode freed = centre.write("/api/dispatch/units/T-2/status", "{\"status\": \"AVAILABLE_AT_STATION\"}", 200);
            assertThat(freed.get("to").asText()).isEqualTo("AVAILABLE_AT_STATION");
            assertThat(freed.get("proposal").get("incidentId").asText()).isEqualTo("Q-1");
            assertThat(freed.get("proposal").get("explanation").asText()).contains("Q-1");
        }
    }
}
