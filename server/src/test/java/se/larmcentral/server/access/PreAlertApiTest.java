package se.larmcentral.server.access;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.centre.accounts.Principal;
import se.larmcentral.server.TestPrincipals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crew's pre-alert over HTTP: sent by the unit's own terminal for its incident, recorded once per id, every bad
 * field refused naming it with nothing recorded; read by the receiving hospital's account only, which sees nothing
 * of another hospital's pre-alerts nor any other route, and in the journal only its pre-alerts and the statuses of the
 * units on those incidents.
 */
class PreAlertApiTest {

    private static final Principal DISPATCH = TestPrincipals.EVERY_ROLE;

    @TempDir
    static Path dir;
    private static AccessClient centre;
    private static String unit;
    private static String otherUnit;
    private static String ours;
    private static String theirs;
    private static Principal device;
    private static Principal hospital;
    private static Principal otherHospital;

    @BeforeAll
    static void start() {
        centre = new AccessClient(dir);
        JsonNode fleet = centre.get(DISPATCH, "/api/dispatch/fleet").json();
        unit = fleet.get("units").get(0).get("id").asText();
        otherUnit = fleet.get("units").get(1).get("id").asText();
        ours = fleet.get("hospitals").get(0).get("id").asText();
        theirs = fleet.get("hospitals").get(1).get("id").asText();
        device = TestPrincipals.unitDevice(unit);
        hospital = TestPrincipals.hospital(ours);
        otherHospital = TestPrincipals.hospital(theirs);
        for (Principal p : List.of(device, hospital, otherHospital, TestPrincipals.unitDevice(otherUnit))) {
            centre.get(p, "/api/session"); // accounts and tokens before any count starts
        }
        ok(centre.post(DISPATCH, "/api/dispatch/incidents", "{\"incidentId\": \"INC-PA\", \"position\":"
                + " {\"lat\": 59.3345, \"lon\": 18.0632}, \"priority\": 1}"));
        ok(centre.post(DISPATCH, "/api/dispatch/incidents/INC-PA/assign", "{\"unitId\": \"" + unit + "\"}"));
        ok(centre.post(DISPATCH, "/api/dispatch/incidents", "{\"incidentId\": \"INC-PB\", \"position\":"
                + " {\"lat\": 59.3170, \"lon\": 18.0700}, \"priority\": 2}"));
        ok(centre.post(DISPATCH, "/api/dispatch/incidents/INC-PB/assign", "{\"unitId\": \"" + otherUnit + "\"}"));
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    private static String preAlert(String id, String hospitalId, String vitals) {
        return "{\"preAlertId\": \"" + id + "\", \"hospitalId\": \"" + hospitalId + "\", \"age\": {\"value\": 67,"
                + " \"unit\": \"YEARS\"}, \"sex\": \"MALE\", \"priority\": 1, \"criterion\": \"Bröstsmärta\","
                + " \"vitals\": " + vitals + ", \"note\": \"ST-höjning\", \"expectedArrivalAt\": \"2025-03-12T11:14:00Z\"}";
    }

    @Test
    void theCrewsPreAlertIsRecordedOnceAndTheHospitalSeesItAndNoOtherHospitalDoes() {
        long before = centre.lastSequence();
        String body = preAlert("PA-1", ours, "{\"pulse\": 96, \"spo2\": 94, \"avpu\": \"A\", \"temperature\": 36.8}");
        AccessClient.Answer first = centre.post(device, "/api/dispatch/units/" + unit + "/pre-alerts", body);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().at("/sent/incidentId").asText()).isEqualTo("INC-PA");
        assertThat(first.json().at("/sent/sentAt").asText()).isEqualTo("2025-03-12T11:00:00Z");
        long after = centre.lastSequence();
        assertThat(after).isEqualTo(before + 1);
        AccessClient.Answer again = centre.post(device, "/api/dispatch/units/" + unit + "/pre-alerts", body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("repeated").asBoolean()).isTrue();
        assertThat(centre.lastSequence()).as("nothing recorded for the pre-alert sent again").isEqualTo(after);

        JsonNode entry = entryOf(ok(centre.get(hospital, "/api/dispatch/hospitals/" + ours + "/pre-alerts")), "INC-PA");
        assertThat(entry.get("unitId").asText()).isEqualTo(unit);
        assertThat(entry.at("/preAlert/vitals/pulse").asInt()).isEqualTo(96);
        assertThat(entry.at("/preAlert/age/value").asInt()).isEqualTo(67);
        assertThat(entry.get("arrivedAt").isNull()).isTrue();

        AccessClient.Answer foreign = centre.get(otherHospital, "/api/dispatch/hospitals/" + ours + "/pre-alerts");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.body()).doesNotContain("INC-PA", unit, "Bröstsmärta");
        assertThat(ok(centre.get(otherHospital, "/api/dispatch/hospitals/" + theirs + "/pre-alerts")).get("preAlerts"))
                .extracting(e -> e.get("incidentId").asText()).doesNotContain("INC-PA");
    }

    @Test
    void aHospitalAccountIsRefusedEveryOtherRoute() {
        for (String path : List.of("/api/dispatch/fleet", "/api/dispatch/incidents/INC-PA", "/api/calls/queue",
                "/api/dispatch/units/" + unit + "/assignment", "/api/shift-log", "/api/accounts")) {
            assertThat(centre.get(hospital, path).status()).as(path).isEqualTo(403);
        }
        assertThat(centre.post(hospital, "/api/dispatch/units/" + unit + "/pre-alerts",
                preAlert("PA-H", ours, "null")).status()).isEqualTo(403);
    }

    @Test
    void everyBadFieldIsRefusedNamingItAndNothingIsRecorded() {
        long before = centre.lastSequence();
        String path = "/api/dispatch/units/" + unit + "/pre-alerts";
        problem(centre.post(device, path, preAlert("PA-B1", ours, "{\"pulse\": 1200}")), 400, "vitals.pulse");
        problem(centre.post(device, path, preAlert("PA-B2", ours, "{\"spo2\": 101}")), 400, "vitals.spo2");
        problem(centre.post(device, path, preAlert("PA-B3", ours, "{\"respiratoryRate\": 90}")), 400, "vitals.respiratoryRate");
        problem(centre.post(device, path, preAlert("PA-B4", ours, "{\"systolicBp\": 400}")), 400, "vitals.systolicBp");
        problem(centre.post(device, path, preAlert("PA-B5", ours, "{\"temperature\": 47.5}")), 400, "vitals.temperature");
        problem(centre.post(device, path, preAlert("PA-B6", ours, "{\"rls\": 9}")), 400, "vitals.rls");
        problem(centre.post(device, path, preAlert("PA-B7", ours, "{\"avpu\": \"X\"}")), 400, "vitals.avpu");
        problem(centre.post(device, path, preAlert("PA-B8", ours, "null").replace("\"MALE\"", "\"M\"")), 400, "sex");
        problem(centre.post(device, path, preAlert("PA-B9", ours, "null").replace("67", "130")), 400, "age.value");
        problem(centre.post(device, path, preAlert("PA-B10", ours, "null").replace("\"priority\": 1", "\"priority\": 7")), 400, "priority");
        problem(centre.post(device, path, preAlert("PA-B11", ours, "null").replace(", \"priority\": 1", "")), 400, "priority");
        problem(centre.post(device, path, preAlert("PA-B12", ours, "null").replace("2025-03-12T11:14:00Z", "2025-03-13T11:14:00Z")), 400, "expectedArrivalAt");
        problem(centre.post(device, path, preAlert("has space", ours, "null")), 400, "preAlertId");
        problem(centre.post(device, path, preAlert("PA-B13", "no-such-hospital", "null")), 404, "hospitalId");
        problem(centre.post(device, path, preAlert("PA-B14", ours, "null").replace("\"note\"", "\"notes\"")), 400, "notes");
        problem(centre.post(device, path, preAlert("PA-B15", ours, "null")
                .replace("{\"preAlertId\"", "{\"incidentId\": \"INC-PB\", \"preAlertId\"")), 409, "incidentId");
        assertThat(centre.lastSequence()).as("nothing recorded on any refusal").isEqualTo(before);
    }

    @Test
    void onlyTheUnitsOwnTerminalSendsForIt() {
        long before = centre.lastSequence();
        Principal other = TestPrincipals.unitDevice(otherUnit);
        assertThat(centre.post(other, "/api/dispatch/units/" + unit + "/pre-alerts", preAlert("PA-X", ours, "null"))
                .status()).isEqualTo(403);
        String idle = centre.get(DISPATCH, "/api/dispatch/fleet").json().get("units").get(5).get("id").asText();
        problem(centre.post(DISPATCH, "/api/dispatch/units/" + idle + "/pre-alerts", preAlert("PA-Y", ours, "null")),
                409, "unitId");
        assertThat(centre.lastSequence()).isEqualTo(before);
    }

    @Test
    void theHospitalFollowsItsPreAlertsAndThoseUnitsArrivalInTheJournalAndNothingElse() {
        String mine = centre.get(DISPATCH, "/api/dispatch/fleet").json().get("units").get(2).get("id").asText();
        Principal terminal = TestPrincipals.unitDevice(mine);
        centre.get(terminal, "/api/session");
        ok(centre.post(DISPATCH, "/api/dispatch/incidents", "{\"incidentId\": \"INC-PC\", \"position\":"
                + " {\"lat\": 59.3400, \"lon\": 18.0500}, \"priority\": 1}"));
        ok(centre.post(DISPATCH, "/api/dispatch/incidents/INC-PC/assign", "{\"unitId\": \"" + mine + "\"}"));
        long before = centre.lastSequence();
        for (String status : List.of("ACKNOWLEDGED", "EN_ROUTE", "ON_SCENE")) {
            ok(centre.post(terminal, "/api/dispatch/units/" + mine + "/status", "{\"status\": \"" + status + "\"}"));
        }
        ok(centre.post(terminal, "/api/dispatch/units/" + mine + "/pre-alerts", preAlert("PC-1", ours, "null")));
        ok(centre.post(TestPrincipals.unitDevice(otherUnit),
                "/api/dispatch/units/" + otherUnit + "/pre-alerts", preAlert("PB-1", theirs, "null")));
        for (String status : List.of("TRANSPORT", "AT_HOSPITAL")) {
            ok(centre.post(terminal, "/api/dispatch/units/" + mine + "/status", "{\"status\": \"" + status + "\"}"));
        }

        List<String> seen = new ArrayList<>();
        ok(centre.get(hospital, "/api/events?after=" + before)).get("events").forEach(e -> seen.add(
                e.get("type").asText() + " " + e.at("/payload/unitId").asText() + " " + e.at("/payload/to").asText()));
        // the unit bringing it a patient, from its statuses on that incident on; not the other hospital's pre-alert
        assertThat(seen).containsExactly("dispatch.UnitStatusChanged " + mine + " ACKNOWLEDGED",
                "dispatch.UnitStatusChanged " + mine + " EN_ROUTE", "dispatch.UnitStatusChanged " + mine + " ON_SCENE",
                "dispatch.PreAlertSent " + mine + " ",
                "dispatch.UnitStatusChanged " + mine + " TRANSPORT", "dispatch.UnitStatusChanged " + mine + " AT_HOSPITAL");

        JsonNode entry = entryOf(ok(centre.get(hospital, "/api/dispatch/hospitals/" + ours + "/pre-alerts")), "INC-PC");
        assertThat(entry.get("arrivedAt").asText()).isEqualTo("2025-03-12T11:00:00Z");
        assertThat(entry.get("callSign").asText()).isNotBlank();
    }

    private static JsonNode entryOf(JsonNode view, String incidentId) {
        List<JsonNode> found = new ArrayList<>();
        view.get("preAlerts").forEach(e -> {
            if (e.get("incidentId").asText().equals(incidentId)) {
                found.add(e);
            }
        });
        assertThat(found).as("one entry for " + incidentId + " in " + view).hasSize(1);
        return found.getFirst();
    }

    private static JsonNode ok(AccessClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return answer.json();
    }

    private static void problem(AccessClient.Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("field").asText()).as(answer.body()).isEqualTo(field);
        assertThat(answer.body()).doesNotContain("Exception", "se.larmcentral");
    }
}
