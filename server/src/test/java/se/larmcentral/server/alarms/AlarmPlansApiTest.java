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

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alarm service over HTTP: the agreements administrator registers a customer, an object and its plans; a signal
 * received from the object's transmitter is read by the operator with its meaning, object and plan; bad input is
 * refused naming the field, and nothing is recorded.
 */
class AlarmPlansApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CUSTOMER = """
            {"name": "Nacka kommun", "kind": "municipality", "contractReference": "AV-2026-17",
             "onCallNumber": "08-718 80 00"}""";
    private static final String OBJECT = """
            {"customerId": "nacka", "name": "Eklidens skola", "address": "Vikdalsvägen 2, Nacka",
             "lat": 59.316, "lon": 18.155, "accounts": ["1234", "ab01"]}""";
    private static final String ALARM_PLAN = """
            {"steps": [{"kind": "call_key_holders", "instruction": "Ring vaktmästaren, sedan rektorn"},
                       {"kind": "send_guard", "instruction": "Skicka väktare"},
                       {"kind": "notify_on_call", "instruction": "Meddela kommunens jour"}]}""";

    @Test
    void theAdministratorKeepsThePlansAndTheOperatorReadsAnAlarmWithItsPlan(@TempDir Path dir) throws Exception {
        try (TestServer centre = new TestServer(dir)) {
            String admin = centre.tokenFor("avtal-anna", Role.AGREEMENTS_ADMIN);
            String operator = centre.tokenFor("operator-bo", Role.CALL_TAKER);

            assertStatus(centre.request("PUT", "/api/alarms/customers/nacka", CUSTOMER, admin), 200);
            HttpResponse<String> object = centre.request("PUT", "/api/alarms/objects/eklidens-skola", OBJECT, admin);
            assertStatus(object, 200);
            assertThat(read(object).get("accounts").toString()).isEqualTo("[\"1234\",\"AB01\"]");
            assertStatus(centre.request("PUT", "/api/alarms/objects/eklidens-skola/plans/alarm", ALARM_PLAN, admin), 200);
            assertStatus(centre.request("PUT", "/api/alarms/objects/eklidens-skola/plans/fault",
                    "{\"steps\": [{\"kind\": \"NOTIFY_ON_CALL\", \"instruction\": \"Ring jouren\"}]}", admin), 200);
            // the operator may not change the register
            assertStatus(centre.request("PUT", "/api/alarms/customers/nacka", CUSTOMER, operator), 403);

            JsonNode customers = read(centre.get("/api/alarms/customers", operator)).get("customers");
            assertThat(customers).hasSize(1);
            assertThat(customers.get(0).get("customer").get("onCallNumber").asText()).isEqualTo("+4687188000");
            assertThat(customers.get(0).get("objects").get(0).get("plans")).hasSize(2);

            Instant now = Instant.now();
            centre.server.centre().execute(new Actor("alarms", Actor.Kind.INTEGRATION), ReceiveAlarmMessage.of("AB01",
                    "0007", MessageType.SIA_DCS, "BA", "12", "", "Nri1/BA12", now, now, "192.0.2.7:4711/TCP", "frame",
                    Duration.ofMinutes(10)));
            centre.server.centre().execute(new Actor("alarms", Actor.Kind.INTEGRATION), ReceiveAlarmMessage.of("AB01",
                    "0008", MessageType.SIA_DCS, "XZ", "", "", "NXZ", now, now, "192.0.2.7:4711/TCP", "frame",
                    Duration.ofMinutes(10)));

            JsonNode alarms = read(centre.get("/api/alarms/received?limit=10", operator)).get("alarms");
            assertThat(alarms).hasSize(2);
            JsonNode unknown = alarms.get(0);
            assertThat(unknown.get("code").asText()).isEqualTo("XZ");
            assertThat(unknown.get("meaning").get("alarmClass").asText()).isEqualTo("UNKNOWN");
            assertThat(unknown.get("planClass").asText()).isEqualTo("ALARM");
            JsonNode burglary = alarms.get(1);
            assertThat(burglary.get("meaning").get("swedish").asText()).isEqualTo("Inbrottslarm");
            assertThat(burglary.get("object").get("name").asText()).isEqualTo("Eklidens skola");
            assertThat(burglary.get("customer").get("contractReference").asText()).isEqualTo("AV-2026-17");
            assertThat(burglary.get("steps")).hasSize(3);
            assertThat(burglary.get("steps").get(1).get("kind").asText()).isEqualTo("SEND_GUARD");
            assertThat(burglary.get("steps").get(0).get("instruction").asText()).isEqualTo("Ring vaktmästaren, sedan rektorn");

            // the register's changes in the audit: who, what before and after; not for the operator
            assertStatus(centre.request("PUT", "/api/alarms/customers/nacka", CUSTOMER.replace("AV-2026-17", "AV-2027-01"),
                    admin), 200);
            JsonNode audit = read(centre.get("/api/audit?subject=alarm-register", admin)).get("entries");
            assertThat(audit).extracting(e -> e.get("summary").asText()).containsExactly(
                    "customer nacka (Nacka kommun) registered",
                    "alarm object eklidens-skola (Eklidens skola) of customer nacka registered, accounts 1234, AB01",
                    "action plan for alarm signals at eklidens-skola set, 3 steps",
                    "action plan for fault signals at eklidens-skola set, 1 step",
                    "customer nacka (Nacka kommun) changed");
            JsonNode changed = audit.get(4);
            assertThat(changed.get("actor").asText()).isEqualTo("avtal-anna");
            assertThat(changed.get("subject").asText()).isEqualTo("alarm-register");
            assertThat(changed.get("before").get("contractReference").asText()).isEqualTo("AV-2026-17");
            assertThat(changed.get("after").get("contractReference").asText()).isEqualTo("AV-2027-01");
            assertThat(audit.get(0).get("before").isNull()).isTrue();
            assertThat(read(centre.get("/api/audit?subject=alarm-register&municipality=0180", admin)).get("entries")).isEmpty();
            assertThat(centre.get("/api/audit?subject=alarm-register", operator).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsRecorded(@TempDir Path dir) throws Exception {
        try (TestServer centre = new TestServer(dir)) {
            String admin = centre.tokenFor("avtal-anna", Role.AGREEMENTS_ADMIN);
            refused(centre.request("PUT", "/api/alarms/customers/Nacka%20Kommun", CUSTOMER, admin), 400, "id");
            refused(centre.request("PUT", "/api/alarms/customers/nacka", CUSTOMER.replace("municipality", "county"),
                    admin), 400, "kind");
            refused(centre.request("PUT", "/api/alarms/customers/nacka", CUSTOMER.replace("AV-2026-17", " "), admin),
                    400, "contractReference");
            // an object of no customer
            refused(centre.request("PUT", "/api/alarms/objects/eklidens-skola", OBJECT, admin), 404, "customerId");
            assertStatus(centre.request("PUT", "/api/alarms/customers/nacka", CUSTOMER, admin), 200);
            assertStatus(centre.request("PUT", "/api/alarms/customers/ica", CUSTOMER.replace("municipality", "company"),
                    admin), 200);
            refused(centre.request("PUT", "/api/alarms/objects/eklidens-skola", OBJECT.replace("\"ab01\"", "\"XY\""),
                    admin), 400, "accounts[1]");
            refused(centre.request("PUT", "/api/alarms/objects/eklidens-skola", OBJECT.replace("\"lat\": 59.316, ", ""),
                    admin), 400, "lat");
            assertStatus(centre.request("PUT", "/api/alarms/objects/eklidens-skola", OBJECT, admin), 200);
            // the same account at another customer's object
            HttpResponse<String> taken = centre.request("PUT", "/api/alarms/objects/ica-lager",
                    OBJECT.replace("\"nacka\"", "\"ica\""), admin);
            refused(taken, 409, "accounts[0]");
            assertThat(taken.body()).contains("already belongs to object 'eklidens-skola'");
            refused(centre.request("PUT", "/api/alarms/objects/eklidens-skola/plans/alarm", "{\"steps\": []}", admin),
                    400, "steps");
            refused(centre.request("PUT", "/api/alarms/objects/eklidens-skola/plans/alarm",
                    "{\"steps\": [{\"kind\": \"call_police\", \"instruction\": \"x\"}]}", admin), 400, "steps[0].kind");
            refused(centre.request("PUT", "/api/alarms/objects/eklidens-skola/plans/panic", ALARM_PLAN, admin),
                    400, "alarmClass");
            refused(centre.request("PUT", "/api/alarms/objects/nothing/plans/alarm", ALARM_PLAN, admin), 404, "objectId");
            refused(centre.request("PUT", "/api/alarms/objects/eklidens-skola/plans/alarm", "{\"stepz\": []}", admin),
                    400, "stepz");
            String operator = centre.tokenFor("operator-bo", Role.CALL_TAKER);
            refused(centre.get("/api/alarms/received?limit=0", operator), 400, "limit");
            refused(centre.get("/api/alarms/received?limit=ten", operator), 400, "limit");
            assertThat(centre.get("/api/alarms/received?limit=1000", operator).statusCode()).isEqualTo(200);

            JsonNode customers = read(centre.get("/api/alarms/customers", admin)).get("customers");
            assertThat(customers).hasSize(2);
            JsonNode nacka = customers.get(1);
            assertThat(nacka.get("customer").get("id").asText()).isEqualTo("nacka");
            assertThat(nacka.get("objects").get(0).get("plans")).isEmpty();
            assertThat(customers.get(0).get("objects")).isEmpty();
        }
    }

    private static void refused(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains(field).doesNotContain("Exception").doesNotContain("se.larmcentral");
    }

    private static void assertStatus(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    }

    private static JsonNode read(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
