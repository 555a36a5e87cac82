package se.larmcentral.server.alarms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.alarms.ReceiveAlarmMessage;
import se.larmcentral.alarms.dc09.MessageType;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.core.Actor;
import se.larmcentral.server.TestServer;
import se.larmcentral.server.calls.CallsCentre;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Automatic fire alarms and the figures over HTTP: the administrator loads the demo rescue services and keeps one;
 * an object's plan says alert the rescue service at once; a fire alarm from it shows the alerted service in
 * {@code /api/alarms/cases}; the figures count it for its customer; bad input is refused naming the field, recording
 * nothing.
 */
class FireAlarmApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFireAlarmAlertsTheRescueServiceOfTheObjectsMunicipalityAndIsCountedInTheFigures(@TempDir Path dir)
            throws Exception {
        try (TestServer centre = new TestServer(dir, CallsCentre.municipalities())) {
            String admin = centre.tokenFor("avtal-anna", Role.AGREEMENTS_ADMIN);
            String operator = centre.tokenFor("operator-bo", Role.CALL_TAKER);

            JsonNode added = read(centre.request("POST", "/api/alarms/rescue-services/demo", "{}", admin));
            assertThat(added.get("added").asInt()).isEqualTo(26);
            assertThat(read(centre.request("POST", "/api/alarms/rescue-services/demo", "{}", admin)).get("kept").asInt())
                    .isEqualTo(26);
            assertStatus(centre.request("PUT", "/api/alarms/rescue-services/0182", """
                    {"municipality": "Nacka", "name": "Storstockholms brandförsvar", "alarmNumber": "08-465 005 11",
                     "alarmAddress": "larm.storstockholm.example:12300"}""", admin), 200);
            JsonNode services = read(centre.get("/api/alarms/rescue-services", operator)).get("services");
            assertThat(services).hasSize(26);

            assertStatus(centre.request("PUT", "/api/alarms/customers/nacka", """
                    {"name": "Nacka kommun", "kind": "municipality", "contractReference": "AV-2026-17",
                     "onCallNumber": "08-718 80 00"}""", admin), 200);
            assertStatus(centre.request("PUT", "/api/alarms/objects/eklidens-skola", """
                    {"customerId": "nacka", "name": "Eklidens skola", "address": "Vikdalsvägen 2, Nacka",
                     "lat": 59.316, "lon": 18.155, "accounts": ["AB01"]}""", admin), 200);
            assertStatus(centre.request("PUT", "/api/alarms/objects/eklidens-skola/plans/alarm", """
                    {"steps": [{"kind": "alert_rescue_service", "instruction": "Automatlarm", "atOnce": true},
                               {"kind": "call_key_holders", "instruction": "Ring vaktmästaren"}]}""", admin), 200);

            Instant now = Instant.now();
            centre.server.centre().execute(new Actor("alarms", Actor.Kind.INTEGRATION), ReceiveAlarmMessage.of("AB01",
                    "0007", MessageType.SIA_DCS, "FA", "3", "", "Nri1/FA3", now, now, "192.0.2.7:4711/TCP", "frame",
                    Duration.ofMinutes(10)));

            JsonNode open = read(centre.get("/api/alarms/cases", operator)).get("open");
            assertThat(open).hasSize(1);
            JsonNode rescue = open.get(0).get("alarmCase").get("rescue");
            assertThat(rescue.get("service").asText()).isEqualTo("Storstockholms brandförsvar");
            assertThat(rescue.get("municipalityCode").asText()).isEqualTo("0182");
            assertThat(rescue.get("alarmNumber").asText()).isEqualTo("+46846500511");
            assertThat(rescue.get("operator").isNull()).isTrue();
            assertThat(rescue.get("step").asInt()).isEqualTo(1);

            String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
            JsonNode figures = read(centre.get("/api/alarms/figures?from=" + today + "&to=" + today, operator));
            assertThat(figures.get("zone").asText()).isEqualTo("Europe/Stockholm");
            JsonNode nacka = figures.get("customers").get(0);
            assertThat(nacka.get("customerId").asText()).isEqualTo("nacka");
            assertThat(nacka.get("name").asText()).isEqualTo("Nacka kommun");
            assertThat(nacka.get("received").asInt()).isEqualTo(1);
            assertThat(nacka.get("cases").asInt()).isEqualTo(1);
            assertThat(nacka.get("taken").asInt()).isZero();
        }
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsRecorded(@TempDir Path dir) throws Exception {
        try (TestServer centre = new TestServer(dir)) {
            String admin = centre.tokenFor("avtal-anna", Role.AGREEMENTS_ADMIN);
            String operator = centre.tokenFor("operator-bo", Role.CALL_TAKER);
            long before = centre.server.centre().loop().lastSequence();
            String service = """
                    {"municipality": "Nacka", "name": "Storstockholms brandförsvar", "alarmNumber": "08-465 005 10"}""";
            refused(centre.request("PUT", "/api/alarms/rescue-services/182", service, admin), 400, "municipalityCode");
            refused(centre.request("PUT", "/api/alarms/rescue-services/0182", service.replace("08-465 005 10", "brand"),
                    admin), 400, "alarmNumber");
            refused(centre.request("PUT", "/api/alarms/rescue-services/0182", service.replace("Nacka", " "), admin),
                    400, "municipality");
            assertStatus(centre.request("PUT", "/api/alarms/rescue-services/0182", service, operator), 403);
            assertStatus(centre.request("POST", "/api/alarms/rescue-services/demo", "{}", operator), 403);
            refused(centre.request("PUT", "/api/alarms/objects/x/plans/alarm",
                    "{\"steps\": [{\"kind\": \"call_key_holders\", \"instruction\": \"x\", \"atOnce\": true}]}", admin),
                    400, "steps[0].atOnce");
            refused(centre.get("/api/alarms/figures?from=1%20dec", operator), 400, "from");
            refused(centre.get("/api/alarms/figures?from=2026-12-05&to=2026-12-01", operator), 400, "to");
            assertThat(centre.server.centre().loop().lastSequence()).isEqualTo(before);
            assertThat(read(centre.get("/api/alarms/figures", operator)).get("customers")).isEmpty();
        }
    }

    private static void refused(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains("\"" + field + "\"").doesNotContain("Exception")
                .doesNotContain("se.larmcentral");
    }

    private static void assertStatus(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    }

    private static JsonNode read(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
