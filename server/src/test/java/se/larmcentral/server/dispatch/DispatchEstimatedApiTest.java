package se.larmcentral.server.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Without an OpenStreetMap extract configured, every travel time is an estimate and says so. */
class DispatchEstimatedApiTest {

    @TempDir
    Path dir;

    @Test
    void everyAnswerSaysItsTravelTimesAreEstimatedAndTheConsoleSaysWhichFileToDownload() {
        PrintStream original = System.out;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        DispatchCentre centre;
        try {
            centre = new DispatchCentre(dir, Map.of());
        } finally {
            System.setOut(original);
        }
        try (centre) {
            assertThat(console.toString(StandardCharsets.UTF_8))
                    .contains("travel times: ESTIMATED")
                    .contains("https://download.geofabrik.de/europe/sweden-latest.osm.pbf");

            centre.write("/api/dispatch/incidents",
                    "{\"incidentId\": \"E-1\", \"position\": {\"lat\": 59.8586, \"lon\": 17.6389}, \"priority\": 1}", 201);
            JsonNode recommendation = centre.read("/api/dispatch/incidents/E-1/recommendation");
            assertThat(recommendation.get("travelEstimated").asBoolean()).isTrue();
            assertThat(recommendation.get("travelMethod").asText()).startsWith("estimated");
            JsonNode best = recommendation.get("candidates").get(0);
            assertThat(best.get("travelEstimated").asBoolean()).isTrue();
            assertThat(best.get("explanation").asText()).contains("estimated");
            assertThat(recommendation.get("unreachable")).isEmpty();

            JsonNode hospital = centre.read("/api/dispatch/hospital?from=59.8586,17.6389&capability=INTENSIVE_CARE");
            assertThat(hospital.get("travelEstimated").asBoolean()).isTrue();
            assertThat(centre.read("/api/dispatch/recommendation?at=59.33,18.06&priority=2&type=patient-transport")
                    .get("travelEstimated").asBoolean()).isTrue();
        }
    }
}
