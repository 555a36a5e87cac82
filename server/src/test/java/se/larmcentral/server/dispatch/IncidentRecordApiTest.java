package se.larmcentral.server.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A closed incident read back over the API: which unit went, its times, where the patient went, times in order. */
class IncidentRecordApiTest {

    @TempDir
    Path dir;

    @Test
    void aClosedIncidentShowsTheUnitThatWentAndTheHospitalWithTimesInOrder() {
        try (DispatchCentre centre = new DispatchCentre(dir, Map.of())) {
            String hospital = centre.read("/api/dispatch/fleet").at("/hospitals/0/id").asText();
            centre.write("/api/dispatch/incidents",
                    "{\"incidentId\": \"R-1\", \"position\": {\"lat\": 59.3326, \"lon\": 18.0649}, \"priority\": 2}", 201);
            String unit = centre.read("/api/dispatch/incidents/R-1/recommendation").at("/candidates/0/unitId").asText();
            centre.write("/api/dispatch/incidents/R-1/assign", "{\"unitId\": \"" + unit + "\"}", 200);
            for (String status : List.of("ACKNOWLEDGED", "EN_ROUTE", "ON_SCENE")) {
                centre.clock.advance(Duration.ofMinutes(2));
                centre.write("/api/dispatch/units/" + unit + "/status", "{\"status\": \"" + status + "\"}", 200);
            }
            DispatchCentre.assertProblem(centre.post("/api/dispatch/units/" + unit + "/destination",
                    "{\"hospitalId\": \"NOWHERE\"}"), 404, "hospitalId", "no hospital 'NOWHERE'");
            JsonNode chosen = centre.write("/api/dispatch/units/" + unit + "/destination",
                    "{\"hospitalId\": \"" + hospital + "\"}", 200);
            assertThat(chosen.get("id").asText()).isEqualTo(hospital);
            for (String status : List.of("TRANSPORT", "AT_HOSPITAL", "CLEAR")) {
                centre.clock.advance(Duration.ofMinutes(10));
                centre.write("/api/dispatch/units/" + unit + "/status", "{\"status\": \"" + status + "\"}", 200);
            }

            JsonNode incident = centre.read("/api/dispatch/incidents/R-1");
            assertThat(incident.get("status").asText()).isEqualTo("CLOSED");
            assertThat(incident.get("unitIds")).isEmpty();
            JsonNode went = incident.at("/units/0");
            assertThat(went.get("unitId").asText()).isEqualTo(unit);
            assertThat(went.get("destinationId").asText()).isEqualTo(hospital);
            assertThat(went.get("leftBecause").asText()).isEqualTo("cleared");
            List<String> reached = new ArrayList<>();
            went.get("reached").fieldNames().forEachRemaining(reached::add);
            assertThat(reached).containsExactly("ALERTED", "ACKNOWLEDGED", "EN_ROUTE", "ON_SCENE", "TRANSPORT", "AT_HOSPITAL");
            List<String> milestones = new ArrayList<>();
            incident.get("times").fieldNames().forEachRemaining(milestones::add);
            assertThat(milestones).containsExactly("QUEUED", "PRIORITY_DECIDED", "UNIT_ALERTED", "ACKNOWLEDGED",
                    "EN_ROUTE", "ON_SCENE", "LEFT_SCENE", "AT_DESTINATION", "HANDOVER_COMPLETE", "AVAILABLE");
        }
    }
}
