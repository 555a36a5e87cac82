package se.larmcentral.server.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.dispatch.DispatchCentre.assertProblem;

/** Move-up advice and the move itself over HTTP, on the demo fleet with estimated travel times. */
class MoveUpApiTest {

    @TempDir
    Path dir;

    private static final Map<String, String> TABLE = Map.of("LARM_DISPATCH_MOVE_UP_POLICY", "compliance-table",
            "LARM_DISPATCH_MOVE_UP_COMPLIANCE_TABLE", "[[varmdo]]");

    private static void unavailable(DispatchCentre centre, String unitId) {
        centre.write("/api/dispatch/units/" + unitId + "/status", "{\"status\": \"TEMPORARILY_UNAVAILABLE\","
                + " \"reason\": \"sanering\", \"expectedBackAt\": \"" + centre.clock.instant().plusSeconds(3600) + "\"}", 200);
    }

    @Test
    void withoutAPolicyThereIsNoAdvice() {
        try (DispatchCentre centre = new DispatchCentre(dir, Map.of())) {
            JsonNode advice = centre.read("/api/dispatch/move-up");
            assertThat(advice.get("policy").asText()).isEqualTo("none");
            assertThat(advice.get("proposals")).isEmpty();
        }
    }

    @Test
    void aComplianceTableAsksForItsStationAndTheDispatcherSendsTheNearestSpareUnit() {
        try (DispatchCentre centre = new DispatchCentre(dir, TABLE)) {
            assertThat(centre.read("/api/dispatch/move-up").get("proposals")).as("Värmdö has its ambulances").isEmpty();
            unavailable(centre, "AMB-152");
            unavailable(centre, "AMB-153");

            JsonNode advice = centre.read("/api/dispatch/move-up");
            assertThat(advice.get("policy").asText()).isEqualTo("compliance-table");
            assertThat(advice.get("proposals")).hasSize(1);
            JsonNode move = advice.get("proposals").get(0);
            assertThat(move.get("toStationId").asText()).isEqualTo("varmdo");
            // the nearest free unit by (estimated) road: the recommendation's first for a call at Värmdö's station
            JsonNode nearest = centre.read("/api/dispatch/recommendation?at=59.3262,18.3891&priority=1").get("candidates").get(0);
            assertThat(move.get("unitId").asText()).isEqualTo(nearest.get("unitId").asText());
            assertThat(move.get("reason").asText()).contains("the compliance table wants 1 at Ambulansstation Värmdö");
            String unitId = move.get("unitId").asText();

            JsonNode moved = centre.write("/api/dispatch/units/" + unitId + "/relocate",
                    "{\"stationId\": \"varmdo\", \"reason\": \"move-up\"}", 200);
            assertThat(moved.get("to").asText()).isEqualTo("AVAILABLE_MOBILE");
            assertThat(moved.get("toStationId").asText()).isEqualTo("varmdo");
            JsonNode event = centre.events().getLast();
            assertThat(event.get("type").asText()).isEqualTo("dispatch.UnitRelocated");
            assertThat(event.get("payload").get("reason").asText()).isEqualTo("move-up");

            JsonNode unit = centre.read("/api/dispatch/units/" + unitId);
            assertThat(unit.get("stationId").asText()).isEqualTo("varmdo");
            assertThat(unit.get("homeStationId").asText()).isEqualTo(move.get("fromStationId").asText());
            assertThat(centre.read("/api/dispatch/move-up").get("proposals")).as("the table is met").isEmpty();
            // the crew's terminal says where to stand by
            JsonNode standby = centre.read("/api/dispatch/units/" + unitId + "/assignment").get("standby");
            assertThat(standby.get("stationName").asText()).isEqualTo("Ambulansstation Värmdö (Gustavsberg)");
            assertThat(standby.get("homeStationId").asText()).isEqualTo(move.get("fromStationId").asText());
            assertThat(centre.read("/api/dispatch/units/AMB-101/assignment").get("standby").isNull()).isTrue();
        }
    }

    @Test
    void theDemosSettingsAdviseOnTheRoadNetworkWithDemandWhereItsCallersRing() {
        Map<String, String> environment = new java.util.HashMap<>(DispatchCentre.roadNetwork());
        environment.put("LARM_DISPATCH_MOVE_UP_POLICY", "dmexclp");
        environment.put("LARM_DISPATCH_MOVE_UP_DEMAND_AREA", se.larmcentral.demo.DemoCallGenerator.AREA);
        try (DispatchCentre centre = new DispatchCentre(dir, environment)) {
            JsonNode advice = centre.read("/api/dispatch/move-up");
            assertThat(advice.get("policy").asText()).isEqualTo("dmexclp");
            assertThat(advice.get("demandFrom").asText()).isEqualTo("settings");
            assertThat(advice.get("demandPoints").asInt()).isEqualTo(36);
            long ambulances = java.util.stream.StreamSupport.stream(centre.read("/api/dispatch/fleet").get("units").spliterator(), false)
                    .filter(u -> u.get("type").asText().matches("AMBULANCE|INTENSIVE_CARE_AMBULANCE")).count();
            assertThat(advice.get("idleUnits").asLong()).as("the ambulances, all in service at noon").isEqualTo(ambulances);
            for (JsonNode move : advice.get("proposals")) {
                assertThat(move.get("reason").asText()).contains("expected covered demand rises");
            }
        }
    }

    @Test
    void aMoveIsRefusedNamingTheFieldAndNothingIsRecorded() {
        try (DispatchCentre centre = new DispatchCentre(dir, Map.of())) {
            unavailable(centre, "AMB-152");
            int events = centre.events().size();
            assertProblem(centre.post("/api/dispatch/units/AMB-101/relocate", "{\"stationId\": \"atlantis\"}"),
                    404, "stationId", "unknown station 'atlantis'");
            assertProblem(centre.post("/api/dispatch/units/AMB-999/relocate", "{\"stationId\": \"varmdo\"}"),
                    404, "unitId", "unknown unit 'AMB-999'");
            assertProblem(centre.post("/api/dispatch/units/AMB-101/relocate", "{}"), 400, "stationId", "is missing");
            assertProblem(centre.post("/api/dispatch/units/AMB-101/relocate", "{\"stationId\": \"karolinska-solna\"}"),
                    409, "stationId", "already stands by at station karolinska-solna");
            assertProblem(centre.post("/api/dispatch/units/AMB-152/relocate", "{\"stationId\": \"nacka\"}"),
                    409, "status", "only a free unit");
            assertProblem(centre.post("/api/dispatch/units/AMB-101/relocate",
                    "{\"stationId\": \"varmdo\", \"reason\": \"" + "x".repeat(501) + "\"}"), 400, "reason", "at most 500");
            assertThat(centre.events()).hasSize(events);
        }
    }

    @Test
    void aTableNamingAStationTheFleetLacksIsAConflictNamingTheSetting() {
        try (DispatchCentre centre = new DispatchCentre(dir, Map.of("LARM_DISPATCH_MOVE_UP_POLICY", "compliance-table",
                "LARM_DISPATCH_MOVE_UP_COMPLIANCE_TABLE", "[[atlantis]]"))) {
            assertProblem(centre.get("/api/dispatch/move-up"), 409, "dispatch.moveUp.complianceTable.1",
                    "unknown station 'atlantis'");
        }
    }
}
