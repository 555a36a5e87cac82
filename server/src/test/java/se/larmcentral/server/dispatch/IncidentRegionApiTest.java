package se.larmcentral.server.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A centre serving Stockholms län: incidents elsewhere need a person's reason, swapped coordinates are named. */
class IncidentRegionApiTest {

    @TempDir
    Path dir;

    @Test
    void anIncidentOutsideTheRegionIsRefusedUntilAReasonIsGivenWhichTheShiftLogKeeps() {
        Map<String, String> stockholm = Map.of(
                "LARM_GEO_MUNICIPALITIES", DispatchCentre.sharedData().resolve("geo/kommuner.geojson").toString(),
                "LARM_GEO_REGION_COUNTIES", "[\"01\"]");
        try (DispatchCentre centre = new DispatchCentre(dir, stockholm)) {
            long before = centre.server.centre().loop().lastSequence();
            DispatchCentre.assertProblem(centre.post("/api/dispatch/incidents",
                    "{\"incidentId\": \"GBG-1\", \"position\": {\"lat\": 57.7072, \"lon\": 11.9668}, \"priority\": 1}"),
                    400, "position", "in 1480 Göteborg, outside the centre's region (county 01)");
            DispatchCentre.assertProblem(centre.post("/api/dispatch/incidents",
                    "{\"incidentId\": \"SWAP-1\", \"position\": {\"lat\": 18.0498, \"lon\": 59.3429}, \"priority\": 1}"),
                    400, "position", "latitude and longitude look swapped: 59.3429,18.0498 is in 0180 Stockholm");
            assertThat(centre.server.centre().loop().lastSequence()).as("nothing recorded").isEqualTo(before);

            centre.write("/api/dispatch/incidents", "{\"incidentId\": \"STHLM-1\", \"position\": {\"lat\": 59.3250,"
                    + " \"lon\": 18.0700}, \"priority\": 1}", 201);
            JsonNode made = centre.write("/api/dispatch/incidents", "{\"incidentId\": \"GBG-1\", \"position\": {\"lat\": 57.7072,"
                    + " \"lon\": 11.9668}, \"priority\": 1, \"outsideRegionReason\": \"mutual aid asked by SOS Göteborg\"}", 201);
            assertThat(made.get("id").asText()).isEqualTo("GBG-1");
            JsonNode log = centre.read("/api/shift-log");
            assertThat(log.toString()).contains("incident GBG-1 made outside the region", "mutual aid asked by SOS Göteborg");
        }
    }
}
