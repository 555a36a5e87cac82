package se.larmcentral.server.calls;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.config.InvalidSettingException;
import se.larmcentral.config.SettingsLoader;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.larmcentral.server.calls.CallsCentre.assertProblem;

/** 116 000: the report form, its validation, and the hand-over to the configured organisation's number. */
class MissingChildApiTest {

    private static final Instant START = Instant.parse("2025-06-10T08:00:00Z");
    private static final String REPORT = "{\"childName\": \"Alva Andersson\", \"childAge\": 9, \"description\":"
            + " \"red jacket, blue backpack\", \"lastSeenPlace\": \"Skanstull underground station\", \"lastSeenAt\":"
            + " \"2025-06-10T09:15+02:00\", \"callerName\": \"Maria Andersson\", \"callerNumber\": \"070-765 43 21\"}";
    private static final Map<String, String> ORGANISATION = Map.of(
            "LARM_CALLS_MISSING_CHILDREN_ORGANISATION", "Missing children hotline (illustrative)",
            "LARM_CALLS_MISSING_CHILDREN_NUMBER", "08-123 116 00");

    @TempDir
    Path dir;

    private static void classified(CallsCentre centre, String callId) {
        centre.write("/api/calls", "{\"callId\": \"" + callId + "\", \"dialled\": \"116 000\"}", 201);
        centre.write("/api/calls/" + callId + "/answer", "{}", 200);
        centre.write("/api/calls/" + callId + "/classify", "{\"classification\": \"MISSING_CHILD_116_000\"}", 200);
    }

    @Test
    void theReportIsValidatedTakenHandedOverAndOnlyThenTheCallIsHandled() {
        try (CallsCentre centre = new CallsCentre(dir, START, ORGANISATION)) {
            classified(centre, "M-1");
            long before = centre.lastSequence();
            assertProblem(centre.post("/api/calls/M-1/missing-child-report", "{\"childAge\": 19, \"description\": \"x\"}"),
                    400, "report.childName, report.childAge, report.lastSeenPlace, report.lastSeenAt, report.callerName,"
                            + " report.callerNumber", "childAge must be 0 to 17");
            assertProblem(centre.post("/api/calls/M-1/missing-child-report", REPORT.replace("2025-06-10T09:15", "2025-06-10T12:15")),
                    400, "report.lastSeenAt", "in the future");
            assertProblem(centre.post("/api/calls/M-1/missing-child-report", REPORT.replace("070-765 43 21", "07")),
                    400, "report.callerNumber");
            assertProblem(centre.post("/api/calls/M-1/missing-child-report", "{\"childAge\": 19, \"lastSeenAt\": \"yesterday\","
                            + " \"callerNumber\": \"07\"}"),
                    400, "report.childName, report.childAge, report.description, report.lastSeenPlace, report.lastSeenAt,"
                            + " report.callerName, report.callerNumber", "childAge must be 0 to 17", "lastSeenAt ",
                    "callerNumber ");
            assertProblem(centre.post("/api/calls/M-1/missing-child-report", REPORT.replace("2025-06-10T09:15", "at noon")
                    .replace("070-765 43 21", "07")), 400, "report.lastSeenAt, report.callerNumber");
            assertProblem(centre.post("/api/calls/M-1/missing-child-report/hand-over", "{}"), 404, "callId", "no 116 000 report");
            assertThat(centre.lastSequence()).isEqualTo(before);

            JsonNode taken = centre.write("/api/calls/M-1/missing-child-report", REPORT, 201);
            assertThat(taken.at("/report/report/childName").asText()).isEqualTo("Alva Andersson");
            assertThat(centre.write("/api/calls/M-1/missing-child-report", REPORT, 200).at("/update/recorded").asBoolean()).isFalse();
            assertProblem(centre.post("/api/calls/M-1/handled", "{\"outcome\": \"done\"}"), 409, "state", "hand the report over");

            JsonNode handedOver = centre.write("/api/calls/M-1/missing-child-report/hand-over", "{}", 200);
            assertThat(handedOver.at("/update/explanation").asText()).contains("Missing children hotline (illustrative)", "08-123 116 00");
            assertThat(handedOver.at("/report/handOver/organisation/number/e164").asText()).isEqualTo("+468123116 00".replace(" ", ""));
            assertThat(handedOver.at("/report/handOver/operator").asText()).isEqualTo("operator-7");
            assertThat(centre.events()).filteredOn(e -> e.get("type").asText().equals("calls.MissingChildReportHandedOver"))
                    .singleElement().satisfies(e -> assertThat(e.get("actor").asText()).isEqualTo("operator-7"));
            assertThat(centre.events()).as("the caller is connected on to the organisation's number, as by Koppla")
                    .filteredOn(e -> e.get("type").asText().equals("centre.ConnectRequested")).singleElement()
                    .satisfies(e -> assertThat(e.toString()).contains("+4681231160", "operator-7"));
            assertProblem(centre.post("/api/calls/M-1/missing-child-report/hand-over", "{}"), 409, "callId", "already handed over");
            centre.write("/api/calls/M-1/handled", "{\"outcome\": \"report handed over\"}", 200);
        }
    }

    @Test
    void aReportOnAnotherClassificationIsRefused() {
        try (CallsCentre centre = new CallsCentre(dir, START, ORGANISATION)) {
            centre.write("/api/calls", "{\"callId\": \"M-2\", \"dialled\": \"112\"}", 201);
            centre.write("/api/calls/M-2/answer", "{}", 200);
            centre.write("/api/calls/M-2/classify", "{\"classification\": \"POLICE\"}", 200);
            assertProblem(centre.post("/api/calls/M-2/missing-child-report", REPORT), 409, "callId", "POLICE");
        }
    }

    @Test
    void withoutAConfiguredNumberTheHandOverIsRefusedNamingTheSetting() {
        try (CallsCentre centre = new CallsCentre(dir, START)) {
            classified(centre, "M-3");
            centre.write("/api/calls/M-3/missing-child-report", REPORT, 201);
            long before = centre.lastSequence();
            assertProblem(centre.post("/api/calls/M-3/missing-child-report/hand-over", "{}"), 409,
                    "calls.missingChildrenNumber", "LARM_CALLS_MISSING_CHILDREN_NUMBER");
            assertThat(centre.lastSequence()).isEqualTo(before);
        }
    }

    @Test
    void aBadNumberSettingStopsStartUpNamingIt() {
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_CALLS_MISSING_CHILDREN_NUMBER", "not a number")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("calls.missingChildrenNumber");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_CALLS_MISSING_CHILDREN_NUMBER", "08-123 116 00",
                "LARM_CALLS_MISSING_CHILDREN_ORGANISATION", " ")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("calls.missingChildrenOrganisation");
    }
}
