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
 * The crew's terminal over HTTP: its own unit's assignment with the call's key facts and the assessment, another
 * unit's refused; a terminal report with its id recorded once with the instants pressed and received, sent again
 * answered with its first outcome; bad ids and presses from the future refused naming the field; the journal as a
 * unit device reads it, only its own unit's dispatch events.
 */
class CrewTerminalApiTest {

    private static final Principal DISPATCH = TestPrincipals.EVERY_ROLE;

    @TempDir
    static Path dir;
    private static AccessClient centre;
    private static String own;
    private static String other;
    private static Principal device;

    @BeforeAll
    static void start() {
        centre = new AccessClient(dir);
        JsonNode units = centre.get(DISPATCH, "/api/dispatch/fleet").json().get("units");
        own = units.get(0).get("id").asText();
        other = units.get(1).get("id").asText();
        device = TestPrincipals.unitDevice(own);
        centre.get(device, "/api/session"); // the device's account and token, before any count starts
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    @Test
    void theDeviceReadsItsOwnAssignmentWithTheCallAndTheAssessmentAndNeverAnothers() {
        JsonNode idle = ok(centre.get(device, "/api/dispatch/units/" + own + "/assignment"));
        assertThat(idle.get("job").isNull()).isTrue();
        assertThat(idle.get("nextStatuses")).extracting(JsonNode::asText)
                .doesNotContain("ALERTED", "TEMPORARILY_UNAVAILABLE").contains("OUT_OF_SERVICE");

        centre.careCall(DISPATCH, "CREW-1");
        ok(centre.post(DISPATCH, "/api/dispatch/incidents/INC-CREW-1/assign", "{\"unitId\": \"" + own + "\"}"));
        ok(centre.post(DISPATCH, "/api/dispatch/incidents", "{\"incidentId\": \"INC-OTHER\", \"position\":"
                + " {\"lat\": 59.3170, \"lon\": 18.0700}, \"priority\": 2}"));
        ok(centre.post(DISPATCH, "/api/dispatch/incidents/INC-OTHER/assign", "{\"unitId\": \"" + other + "\"}"));

        JsonNode view = ok(centre.get(device, "/api/dispatch/units/" + own + "/assignment"));
        assertThat(view.at("/unit/status").asText()).isEqualTo("ALERTED");
        assertThat(view.get("nextStatuses")).extracting(JsonNode::asText).containsExactly("ACKNOWLEDGED", "CLEAR");
        assertThat(view.at("/statusTable/ON_SCENE")).extracting(JsonNode::asText).containsExactly("TRANSPORT", "CLEAR");
        JsonNode job = view.get("job");
        assertThat(job.get("incidentId").asText()).isEqualTo("INC-CREW-1");
        assertThat(job.get("priority").asInt()).isEqualTo(1);
        assertThat(job.at("/position/lat").asDouble()).isEqualTo(59.3345);
        assertThat(view.at("/unit/statusSince").asText()).as("alerted at").isEqualTo("2025-03-12T11:00:00Z");
        assertThat(job.at("/call/callId").asText()).isEqualTo("CREW-1");
        assertThat(job.at("/call/note").asText()).isEqualTo("Man 60 år, tryck över bröstet");
        assertThat(job.at("/assessment/code").asText()).isEqualTo("A.04.01");
        assertThat(job.at("/assessment/criterion").asText()).isEqualTo("Svår central bröstsmärta i mer än 5 minuter");
        assertThat(job.at("/assessment/advice/0/title").asText()).as("the index's text as a plain string").isEqualTo("Bröstsmärta");
        assertThat(job.at("/hospital/name").asText()).as("the nearest adult emergency department").isNotBlank();
        assertThat(job.get("hospitals")).extracting(h -> h.get("hospitalId").asText()).as("each hospital once")
                .doesNotHaveDuplicates().contains(job.at("/hospital/hospitalId").asText());

        // another unit's assignment, status or position: refused, and nothing of it in the answer
        AccessClient.Answer refused = centre.get(device, "/api/dispatch/units/" + other + "/assignment");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("INC-OTHER");
        assertThat(centre.post(device, "/api/dispatch/units/" + other + "/status",
                "{\"status\": \"ACKNOWLEDGED\", \"reportId\": \"x-1\"}").status()).isEqualTo(403);
    }

    @Test
    void aTerminalReportIsRecordedOnceWithItsPressedAndReceivedInstants() {
        ok(centre.post(DISPATCH, "/api/dispatch/incidents", "{\"incidentId\": \"INC-ONCE\", \"position\":"
                + " {\"lat\": 59.3300, \"lon\": 18.0600}, \"priority\": 1}"));
        String unit = centre.get(DISPATCH, "/api/dispatch/fleet").json().get("units").get(2).get("id").asText();
        Principal terminal = TestPrincipals.unitDevice(unit);
        centre.get(terminal, "/api/session");
        ok(centre.post(DISPATCH, "/api/dispatch/incidents/INC-ONCE/assign", "{\"unitId\": \"" + unit + "\"}"));
        long before = centre.lastSequence();
        String report = "{\"status\": \"ACKNOWLEDGED\", \"reportId\": \"T1-0001\", \"pressedAt\": \"2025-03-12T10:59:30Z\"}";

        JsonNode first = ok(centre.post(terminal, "/api/dispatch/units/" + unit + "/status", report));
        assertThat(first.get("to").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(first.at("/report/repeated").asBoolean()).isFalse();
        assertThat(first.at("/report/pressedAt").asText()).isEqualTo("2025-03-12T10:59:30Z");
        assertThat(first.at("/report/receivedAt").asText()).isEqualTo("2025-03-12T11:00:00Z");
        long after = centre.lastSequence();

        JsonNode again = ok(centre.post(terminal, "/api/dispatch/units/" + unit + "/status", report));
        assertThat(again.at("/report/repeated").asBoolean()).isTrue();
        assertThat(again.get("from").asText()).isEqualTo("ALERTED");
        assertThat(again.get("to").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(centre.lastSequence()).as("nothing recorded for the report sent again").isEqualTo(after);

        List<JsonNode> recorded = new ArrayList<>();
        centre.get(DISPATCH, "/api/events?after=" + before).json().get("events").forEach(e -> {
            if (e.get("type").asText().equals("dispatch.StatusReportReceived")) {
                recorded.add(e.get("payload"));
            }
        });
        assertThat(recorded).hasSize(1);
        assertThat(recorded.getFirst().get("reportId").asText()).isEqualTo("T1-0001");
        assertThat(recorded.getFirst().get("pressedAt").asText()).isEqualTo("2025-03-12T10:59:30Z");
        assertThat(recorded.getFirst().get("receivedAt").asText()).isEqualTo("2025-03-12T11:00:00Z");

        // the same id for another status, a bad id, a press from the future: refused naming the field
        problem(centre.post(terminal, "/api/dispatch/units/" + unit + "/status",
                "{\"status\": \"EN_ROUTE\", \"reportId\": \"T1-0001\"}"), 409, "reportId");
        problem(centre.post(terminal, "/api/dispatch/units/" + unit + "/status",
                "{\"status\": \"EN_ROUTE\", \"reportId\": \"no spaces\"}"), 400, "reportId");
        problem(centre.post(terminal, "/api/dispatch/units/" + unit + "/status",
                "{\"status\": \"EN_ROUTE\", \"reportId\": \"T1-0002\", \"pressedAt\": \"2025-03-12T11:05:00Z\"}"), 400, "pressedAt");
        assertThat(centre.lastSequence()).isEqualTo(after);
    }

    @Test
    void theDeviceReadsOnlyItsOwnUnitsDispatchEventsInTheJournal() {
        long before = centre.lastSequence();
        ok(centre.post(DISPATCH, "/api/dispatch/incidents", "{\"incidentId\": \"INC-SEEN\", \"position\":"
                + " {\"lat\": 59.3400, \"lon\": 18.0500}, \"priority\": 2}"));
        String mine = centre.get(DISPATCH, "/api/dispatch/fleet").json().get("units").get(3).get("id").asText();
        String theirs = centre.get(DISPATCH, "/api/dispatch/fleet").json().get("units").get(4).get("id").asText();
        Principal terminal = TestPrincipals.unitDevice(mine);
        centre.get(terminal, "/api/session");
        ok(centre.post(DISPATCH, "/api/dispatch/units/" + theirs + "/status", "{\"status\": \"OUT_OF_SERVICE\"}"));
        ok(centre.post(DISPATCH, "/api/dispatch/incidents/INC-SEEN/assign", "{\"unitId\": \"" + mine + "\"}"));
        ok(centre.post(DISPATCH, "/api/calls", "{\"callId\": \"C-UNSEEN\", \"dialled\": \"112\"}"));

        JsonNode page = ok(centre.get(terminal, "/api/events?after=" + before));
        List<String> seen = new ArrayList<>();
        page.get("events").forEach(e -> seen.add(e.get("type").asText() + " " + e.at("/payload/incidentId").asText()
                + " " + e.at("/payload/unitId").asText()));
        // the incident it works on now, and its own assignment; not the other unit's status, not the call
        assertThat(seen).containsExactly("dispatch.IncidentCreated INC-SEEN ", "dispatch.UnitAssigned INC-SEEN " + mine);
        assertThat(page.get("next").asLong()).isEqualTo(centre.lastSequence());
    }

    private static JsonNode ok(AccessClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return answer.json();
    }

    private static void problem(AccessClient.Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("field").asText()).isEqualTo(field);
        assertThat(answer.body()).doesNotContain("Exception", "se.larmcentral");
    }
}
