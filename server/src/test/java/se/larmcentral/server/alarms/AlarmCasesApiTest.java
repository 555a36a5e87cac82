package se.larmcentral.server.alarms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.alarms.ReceiveAlarmMessage;
import se.larmcentral.alarms.SaveActionPlan;
import se.larmcentral.alarms.SaveAlarmObject;
import se.larmcentral.alarms.SaveCustomer;
import se.larmcentral.alarms.codes.AlarmClass;
import se.larmcentral.alarms.dc09.MessageType;
import se.larmcentral.alarms.plans.ActionPlan;
import se.larmcentral.alarms.plans.AlarmObject;
import se.larmcentral.alarms.plans.Customer;
import se.larmcentral.alarms.plans.PlanStep;
import se.larmcentral.alarms.plans.StepKind;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.core.Actor;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.server.TestServer;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alarm operator's cases over HTTP: received signals listed by priority; an operator takes one, gives a step's
 * outcome, closes it; a colleague is refused until they take it over; every bad input refused in Swedish naming the
 * field, with nothing recorded.
 */
class AlarmCasesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anOperatorHandlesACaseAndEveryRefusalNamesTheFieldAndRecordsNothing(@TempDir Path dir) throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Centre centre = server.server.centre();
            Actor admin = Actor.person("avtal-anna");
            centre.execute(admin, new SaveCustomer(Customer.of("nacka", "Nacka kommun", "municipality", "AV-2026-17",
                    "08-718 80 00")));
            centre.execute(admin, new SaveAlarmObject(new AlarmObject("skola", "nacka", "Eklidens skola",
                    "Vikdalsvägen 2, Nacka", new GeoPoint(59.316, 18.155), List.of("AB01"))));
            centre.execute(admin, new SaveActionPlan(new ActionPlan("skola", AlarmClass.ALARM, List.of(
                    new PlanStep(StepKind.CALL_KEY_HOLDERS, "Ring vaktmästaren"),
                    new PlanStep(StepKind.SEND_GUARD, "Skicka väktare")))));
            Instant now = Instant.now();
            Actor receiver = new Actor("alarms", Actor.Kind.INTEGRATION);
            centre.execute(receiver, ReceiveAlarmMessage.of("AB01", "0001", MessageType.SIA_DCS, "BA", "12", "",
                    "Nri1/BA12", now, now, "192.0.2.7:4711/TCP", "frame", Duration.ofMinutes(10)));
            centre.execute(receiver, ReceiveAlarmMessage.of("AB01", "0002", MessageType.SIA_DCS, "FA", "3", "",
                    "Nri1/FA3", now, now.plusSeconds(1), "192.0.2.7:4711/TCP", "frame", Duration.ofMinutes(10)));
            String anna = server.tokenFor("operator-anna", Role.CALL_TAKER);
            String bo = server.tokenFor("operator-bo", Role.DISPATCHER);

            JsonNode open = read(server.get("/api/alarms/cases", anna)).get("open");
            assertThat(open).hasSize(2);
            assertThat(open.get(0).get("alarmCase").get("id").asText()).isEqualTo("larm-2");
            assertThat(open.get(0).get("alarmCase").get("priority").asText()).isEqualTo("LIFE");
            assertThat(open.get(0).get("meaning").get("swedish").asText()).isEqualTo("Brandlarm");
            assertThat(open.get(0).get("object").get("name").asText()).isEqualTo("Eklidens skola");
            assertThat(open.get(1).get("alarmCase").get("priority").asText()).isEqualTo("PROPERTY");

            JsonNode taken = read(status(server.request("POST", "/api/alarms/cases/larm-2/take", "{}", anna), 200));
            assertThat(taken.get("alarmCase").get("taken").get("operator").asText()).isEqualTo("operator-anna");

            long before = centre.loop().lastSequence();
            refused(server.request("POST", "/api/alarms/cases/larm-2/take", "{}", bo), 409, "caseId",
                    "hanteras av operator-anna");
            refused(server.request("POST", "/api/alarms/cases/larm-2/steps", "{\"step\": 1, \"outcome\": \"answered\"}", bo),
                    409, "caseId", "ta över det först");
            refused(server.request("POST", "/api/alarms/cases/larm-2/steps", "{\"step\": 3, \"outcome\": \"answered\"}", anna),
                    400, "step", "steg 3 finns inte i åtgärdsplanen");
            refused(server.request("POST", "/api/alarms/cases/larm-2/steps", "{\"outcome\": \"answered\"}", anna),
                    400, "step", "saknas");
            refused(server.request("POST", "/api/alarms/cases/larm-2/steps", "{\"step\": 2, \"outcome\": \"answered\"}", anna),
                    400, "outcome", "passar inte steg 2");
            refused(server.request("POST", "/api/alarms/cases/larm-9/close", "{\"reason\": \"handled\"}", anna),
                    404, "caseId", "inget larmärende 'larm-9'");
            refused(server.request("POST", "/api/alarms/cases/larm-2/close", "{\"reason\": \"done\"}", anna),
                    400, "reason", "ingen avslutsorsak");
            refused(server.request("POST", "/api/alarms/cases/larm-2/close",
                    "{\"reason\": \"passed_to_incident\", \"incidentId\": \"INC-404\"}", anna), 404, "incidentId",
                    "det finns inget ärende 'INC-404'");
            refused(server.request("POST", "/api/alarms/cases/larm%202/close", "{\"reason\": \"handled\"}", anna),
                    400, "caseId", "caseId");
            refused(server.request("POST", "/api/alarms/cases/larm-2/close", "{\"reason\": \"handled\", \"why\": 1}", anna),
                    400, "why", "why");
            assertThat(centre.loop().lastSequence()).isEqualTo(before);

            JsonNode step = read(status(server.request("POST", "/api/alarms/cases/larm-2/steps",
                    "{\"step\": 1, \"outcome\": \"no_answer\", \"note\": \"Ingen svarar\"}", anna), 200));
            assertThat(step.get("alarmCase").get("done").get(0).get("outcome").asText()).isEqualTo("NO_ANSWER");
            status(server.request("POST", "/api/alarms/cases/larm-2/take", "{\"takeOver\": true}", bo), 200);
            JsonNode closed = read(status(server.request("POST", "/api/alarms/cases/larm-2/close",
                    "{\"reason\": \"passed_to_incident\", \"note\": \"Räddningstjänsten larmad\"}", bo), 200));
            assertThat(closed.get("alarmCase").get("closed").get("reason").asText()).isEqualTo("PASSED_TO_INCIDENT");
            refused(server.request("POST", "/api/alarms/cases/larm-2/close", "{\"reason\": \"handled\"}", bo), 409,
                    "caseId", "avslutades redan");

            JsonNode cases = read(server.get("/api/alarms/cases?closed=5", anna));
            assertThat(cases.get("open")).hasSize(1);
            assertThat(cases.get("closed").get(0).get("alarmCase").get("closed").get("operator").asText())
                    .isEqualTo("operator-bo");
            refused(server.get("/api/alarms/cases?closed=-1", anna), 400, "closed", "closed");
            // the agreements administrator keeps the register, not the alarms
            assertThat(server.request("POST", "/api/alarms/cases/larm-1/take", "{}",
                    server.tokenFor("avtal-anna", Role.AGREEMENTS_ADMIN)).statusCode()).isEqualTo(403);
        }
    }

    private static void refused(HttpResponse<String> response, int status, String field, String words) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains("\"field\":\"" + field + "\"").contains(words)
                .doesNotContain("Exception").doesNotContain("se.larmcentral");
    }

    private static HttpResponse<String> status(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }

    private static JsonNode read(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
