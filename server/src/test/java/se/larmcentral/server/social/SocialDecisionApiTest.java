package se.larmcentral.server.social;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.social.NoAgreementPolicy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.social.SocialServer.ok;

/** Routing decisions over HTTP on the demo centre (Stockholm County, illustrative numbers). */
class SocialDecisionApiTest {

    @TempDir
    static Path dir;

    private static SocialServer centre;

    @BeforeAll
    static void start() {
        centre = SocialServer.withDemo(dir);
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    private static JsonNode decide(String body) {
        return ok(centre.post("/api/social/decisions", body), 200);
    }

    @Test
    void aMunicipalityWithoutAgreementIsNotAvailableFromTheCutOverOn() {
        long before = centre.lastSequence();
        JsonNode d = decide("{\"municipality\": \"0125\", \"at\": \"2017-12-23T17:00+01:00\"}");
        assertThat(d.get("outcome").asText()).isEqualTo("NOT_AVAILABLE");
        assertThat(d.get("basis").asText()).isEqualTo("NO_AGREEMENT");
        assertThat(d.get("message").asText()).isEqualTo(NoAgreementPolicy.STANDARD.get(1).text())
                .contains("Socialjour finns inte att tillgå i den berörda kommunen");
        assertThat(d.get("say").asText()).isEqualTo(d.get("message").asText());
        assertThat(d.get("number").isNull()).isTrue();
        assertThat(d.get("referral").isNull()).isTrue();
        assertThat(d.get("municipalityName").asText()).isEqualTo("Ekerö");
        assertThat(d.get("recorded").asBoolean()).isFalse();
        centre.assertNothingStoredAfter(before);
    }

    @Test
    void beforeTheCutOverTheCallerWasReferredToThePolice() {
        JsonNode d = decide("{\"municipality\": \"0125\", \"at\": \"2017-12-23T16:59:59+01:00\"}");
        assertThat(d.get("outcome").asText()).isEqualTo("REFER_POLICE");
        assertThat(d.get("referral").asText()).isEqualTo("114 14");
        assertThat(d.get("message").asText()).contains("114 14");
        assertThat(d.get("number").isNull()).isTrue();
    }

    @Test
    void anExtendedAgreementForwardsInsideItsWindowAndGivesItsMessageOutside() {
        JsonNode inside = decide("{\"municipality\": \"0182\", \"at\": \"2025-03-11T18:00+01:00\"}");
        assertThat(inside.get("outcome").asText()).isEqualTo("FORWARD");
        assertThat(inside.get("basis").asText()).isEqualTo("WINDOW");
        assertThat(inside.get("number").asText()).isEqualTo("+46846500410");
        assertThat(inside.get("numberNational").asText()).startsWith("08");
        assertThat(inside.get("targetName").asText()).startsWith("Socialjour Sydost");
        assertThat(inside.get("say").asText()).isEqualTo("Jag kopplar dig nu till socialjouren för Nacka.");
        assertThat(inside.get("instructions").asText()).contains("Uppge kommun");
        assertThat(inside.get("agreementId").asText()).isEqualTo("0182/2019-01-01");
        assertThat(inside.get("explanation")).isNotEmpty();

        JsonNode outside = decide("{\"municipality\": \"0182\", \"at\": \"2025-03-11T10:00+01:00\", \"channel\": \"EMERGENCY_112\"}");
        assertThat(outside.get("outcome").asText()).isEqualTo("MESSAGE");
        assertThat(outside.get("basis").asText()).isEqualTo("OUTSIDE_WINDOWS");
        assertThat(outside.get("number").isNull()).isTrue();
        assertThat(outside.get("message").asText()).startsWith("Socialjour Sydost har stängt nu");
        assertThat(outside.get("say").asText()).isEqualTo(outside.get("message").asText());
    }

    @Test
    void aCallToADirectNumberIsRoutedForItsMunicipality() {
        JsonNode d = decide("{\"directNumber\": \"08-465 004 90\", \"at\": \"2025-12-24T18:00+01:00\"}");
        assertThat(d.get("municipality").asText()).isEqualTo("0180");
        assertThat(d.get("channel").asText()).isEqualTo("DIRECT_NUMBER");
        assertThat(d.get("directNumber").asText()).isEqualTo("+46846500490");
        assertThat(d.get("outcome").asText()).isEqualTo("FORWARD");
        assertThat(d.get("number").asText()).isEqualTo("+46846500400");
    }

    @Test
    void aDecisionWithACallIdIsRecordedOnceAndCountedInTheStatistics() {
        long beforeUnknown = centre.lastSequence();
        SocialServer.assertProblem(centre.post("/api/social/decisions",
                "{\"municipality\": \"0120\", \"at\": \"2025-03-11T18:00+01:00\", \"callId\": \"call-1\"}"), 404, "callId", "call-1");
        centre.assertNothingStoredAfter(beforeUnknown);
        for (String callId : List.of("call-1", "call-2", "call-3")) {
            ok(centre.post("/api/calls", "{\"callId\": \"" + callId + "\", \"dialled\": \"112\"}"), 201);
        }
        long before = centre.lastSequence();
        JsonNode first = ok(centre.post("/api/social/decisions",
                "{\"municipality\": \"0120\", \"at\": \"2025-03-11T18:00+01:00\", \"callId\": \"call-1\"}"), 201);
        assertThat(first.get("recorded").asBoolean()).isTrue();
        assertThat(first.get("callId").asText()).isEqualTo("call-1");
        ok(centre.post("/api/social/decisions", "{\"municipality\": \"0120\", \"at\": \"2025-03-12T10:00+01:00\", \"callId\": \"call-2\"}"), 201);
        ok(centre.post("/api/social/decisions", "{\"municipality\": \"0120\", \"at\": \"2025-04-01T20:00+02:00\", \"callId\": \"call-3\"}"), 201);

        JsonNode events = ok(centre.get("/api/events?after=" + before), 200).get("events");
        assertThat(events).hasSize(3);
        assertThat(events.get(0).get("type").asText()).isEqualTo("social.CallRouted");
        assertThat(events.get(0).get("payload").get("outcome").asText()).isEqualTo("FORWARD");
        assertThat(events.get(0).get("actor").asText()).isEqualTo("operator-7");

        long afterRecording = centre.lastSequence();
        SocialServer.assertProblem(centre.post("/api/social/decisions",
                "{\"municipality\": \"0120\", \"at\": \"2025-03-11T18:00+01:00\", \"callId\": \"call-1\"}"), 409, "callId", "call-1");
        centre.assertNothingStoredAfter(afterRecording);

        JsonNode march = ok(centre.get("/api/social/statistics?municipality=0120&from=2025-03&to=2025-03"), 200);
        assertThat(march.get("total").asLong()).isEqualTo(2);
        List<String> rows = new ArrayList<>();
        march.get("counts").forEach(c -> rows.add(c.get("month").asText() + " " + c.get("outcome").asText() + " " + c.get("calls").asLong()));
        assertThat(rows).containsExactly("2025-03 FORWARD 1", "2025-03 MESSAGE 1");

        JsonNode spring = ok(centre.get("/api/social/statistics?from=2025-01&to=2025-06"), 200);
        assertThat(spring.get("total").asLong()).isEqualTo(3);
        assertThat(spring.get("municipality").isNull()).isTrue();
    }

    @Test
    void municipalitiesShowTheAgreementInForceAndTheJour() {
        JsonNode all = ok(centre.get("/api/social/municipalities?at=2025-06-01T12:00Z"), 200).get("municipalities");
        assertThat(all).hasSize(290);
        JsonNode county = ok(centre.get("/api/social/municipalities?county=01&at=2025-06-01T12:00Z"), 200).get("municipalities");
        assertThat(county).hasSize(26);
        JsonNode nacka = find(county, "0182");
        assertThat(nacka.get("name").asText()).isEqualTo("Nacka");
        assertThat(nacka.get("agreement").get("kind").asText()).isEqualTo("EXTENDED");
        assertThat(nacka.get("jour").get("id").asText()).isEqualTo("sydost");
        assertThat(find(county, "0125").get("agreement").isNull()).isTrue();

        JsonNode detail = ok(centre.get("/api/social/municipalities/0182?at=2025-06-01T12:00Z"), 200);
        assertThat(detail.get("agreementInForce").asText()).isEqualTo("0182/2019-01-01");
        assertThat(detail.get("agreements")).hasSize(2);
        assertThat(detail.get("agreements").get(0).get("kind").asText()).isEqualTo("BASIC");
        assertThat(detail.get("agreements").get(0).get("validUntil").asText()).isEqualTo("2019-01-01");
        assertThat(detail.get("agreements").get(1).get("weekly").get(0).asText()).isEqualTo("Mon 16:00-08:00");
        assertThat(detail.get("jour").get("municipalities").toString()).contains("0120", "0138", "0182");

        JsonNode stockholm = ok(centre.get("/api/social/municipalities/0180"), 200);
        assertThat(stockholm.get("directNumbers").toString()).contains("+46846500490");
    }

    private static JsonNode find(JsonNode municipalities, String code) {
        for (JsonNode m : municipalities) {
            if (m.get("code").asText().equals(code)) {
                return m;
            }
        }
        throw new AssertionError("no municipality " + code + " in " + municipalities);
    }
}
