package se.larmcentral.server.calls;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.calls.CallsCentre.assertProblem;
import static se.larmcentral.server.calls.CallsCentre.ok;

/** Caller positions: AML (SMS and HTTPS), PIDF-LO, the operator's correction and municipality, on the SCB boundaries. */
class CallLocationApiTest {

    static final String SMS_STOCKHOLM = "A\"ML=1;lt=+59.33456;lg=+018.06321;rd=10;top=20250101120000;lc=68;pm=G;"
            + "si=240011234567890;ei=356938035643809;mcc=240;mnc=01;ml=129";
    static final String HTTPS_GOTHENBURG = "v=3&emergency_number=112&source=call&time=1735732795000"
            + "&location_latitude=57.70887&location_longitude=11.97456&location_time=1735732800000"
            + "&location_source=gps&location_accuracy=12.5&location_confidence=0.68"
            + "&device_number=%2B46702222222&device_model=Pixel+8&device_imei=356938035643809";
    static final String PIDF_HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <presence xmlns="urn:ietf:params:xml:ns:pidf"
                      xmlns:gp="urn:ietf:params:xml:ns:pidf:geopriv10"
                      xmlns:gml="http://www.opengis.net/gml"
                      xmlns:gs="http://www.opengis.net/pidflo/1.0"
                      xmlns:ca="urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr"
                      entity="pres:+46701234567@ims.example.se">
              <tuple id="t1"><status><gp:geopriv><gp:location-info>
            """;
    static final String PIDF_TAIL = """
              </gp:location-info><gp:usage-rules/><gp:method>GPS</gp:method></gp:geopriv></status>
              <timestamp>2025-06-10T08:00:01Z</timestamp></tuple>
            </presence>
            """;

    @TempDir
    static Path dir;

    private static CallsCentre centre;
    private static int next;

    @BeforeAll
    static void start() {
        centre = new CallsCentre(dir, Instant.parse("2025-06-10T08:00:00Z"), CallsCentre.municipalities());
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    private static String newCall(String caller) {
        String id = "L-" + (++next);
        centre.intake(id, caller);
        return id;
    }

    @Test
    void anAmlSmsAttachesThePositionAndTheMunicipalityToTheSendersOpenCall() {
        String callId = newCall("+46701111111");
        HttpResponse<String> answer = centre.postAnonymous("/api/aml/sms?sender=070-111%2011%2011", "text/plain", SMS_STOCKHOLM);
        JsonNode receipt = ok(answer, 202);
        assertThat(receipt.get("problems")).isEmpty();
        assertThat(receipt.get("attached").asBoolean()).isTrue();
        assertThat(receipt.get("callId").asText()).isEqualTo(callId);
        assertThat(receipt.at("/municipality/code").asText()).isEqualTo("0180");
        assertThat(receipt.at("/message/fields/ei").asText()).isEqualTo("356938035643809");

        JsonNode call = centre.read("/api/calls/" + callId);
        assertThat(call.get("municipalityCode").asText()).isEqualTo("0180");
        JsonNode reported = call.at("/call/position/reported/0");
        assertThat(reported.at("/position/source").asText()).isEqualTo("AML_SMS");
        assertThat(reported.at("/position/point/lat").asDouble()).isEqualTo(59.33456);
        assertThat(reported.at("/position/uncertaintyMetres").asDouble()).isEqualTo(10.0);
        assertThat(reported.at("/located/name").asText()).isEqualTo("Stockholm");
        assertThat(centre.events()).filteredOn(e -> e.get("type").asText().equals("calls.PositionReported"))
                .anySatisfy(e -> assertThat(e.get("actor").asText()).isEqualTo("aml-receiver"));
    }

    @Test
    void anAmlHttpsMessageFindsTheCallByItsDeviceNumber() {
        String callId = newCall("+46702222222");
        JsonNode receipt = ok(centre.postAnonymous("/api/aml/https", "application/x-www-form-urlencoded", HTTPS_GOTHENBURG), 202);
        assertThat(receipt.get("problems")).isEmpty();
        assertThat(receipt.get("callId").asText()).isEqualTo(callId);
        assertThat(receipt.at("/municipality/code").asText()).isEqualTo("1480");
        assertThat(receipt.at("/position/source").asText()).isEqualTo("AML_HTTPS");
        assertThat(centre.read("/api/calls/" + callId).get("municipalityCode").asText()).isEqualTo("1480");
    }

    @Test
    void garbageAmlIsStillAcknowledgedWithItsProblemsAndStoresNothing() {
        long before = centre.lastSequence();
        JsonNode garbage = ok(centre.postAnonymous("/api/aml/sms?sender=+46701234567", "text/plain", "hello there"), 202);
        assertThat(garbage.get("attached").asBoolean()).isFalse();
        assertThat(garbage.get("problems")).anySatisfy(p -> assertThat(p.get("reason").asText()).contains("A\"ML=1"));

        JsonNode bad = ok(centre.postAnonymous("/api/aml/sms", "text/plain",
                "A\"ML=1;lt=+91.5;lg=east;rd=-5;top=20251332120000;lc=120;pm=X;ml=7"), 202);
        List<String> fields = bad.get("problems").findValuesAsText("field");
        assertThat(fields).contains("lt", "lg", "rd", "top", "lc", "pm", "ml", "sender");

        JsonNode form = ok(centre.postAnonymous("/api/aml/https", "application/x-www-form-urlencoded",
                "v=3&location_latitude=abc&device_number=12&bad=%zz"), 202);
        assertThat(form.get("problems").findValuesAsText("field")).contains("location_latitude", "device_number");

        JsonNode nobody = ok(centre.postAnonymous("/api/aml/sms?sender=+46709999999", "text/plain", SMS_STOCKHOLM), 202);
        assertThat(nobody.get("attached").asBoolean()).isFalse();
        assertThat(nobody.get("outcome").asText()).contains("no open call");
        assertThat(ok(centre.postAnonymous("/api/aml/https", "text/plain", ""), 202).get("attached").asBoolean()).isFalse();
        assertThat(centre.lastSequence()).isEqualTo(before);
    }

    @Test
    void theMunicipalityIsExplainedInSwedishToTheCallTakersConsole() {
        String callId = newCall("+46703333334");
        JsonNode swedish = ok(centre.post("/api/calls/" + callId + "/pidf-lo?lang=sv", "application/pidf+xml", PIDF_HEAD
                + "<gml:Point srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:pos>59.85856 17.63893</gml:pos></gml:Point>"
                + PIDF_TAIL), 200);
        assertThat(swedish.at("/municipality/explanation").asText()).startsWith("i 0380 Uppsala enligt SCB:s kommungränser (");
        JsonNode civicSwedish = ok(centre.post("/api/calls/" + callId + "/pidf-lo?lang=sv", "application/pidf+xml", PIDF_HEAD
                + "<ca:civicAddress><ca:country>SE</ca:country><ca:A3>Stockholm</ca:A3><ca:RD>Sveavägen</ca:RD>"
                + "<ca:HNO>44</ca:HNO><ca:PC>11134</ca:PC></ca:civicAddress>" + PIDF_TAIL), 200);
        assertThat(civicSwedish.at("/municipality/explanation").asText())
                .isEqualTo("positionen är en adress utan koordinater: operatören väljer kommun");
    }

    @Test
    void pidfLoPointCircleAndCivicAddressAreAttached() {
        String callId = newCall("+46703333333");
        JsonNode point = ok(centre.post("/api/calls/" + callId + "/pidf-lo", "application/pidf+xml", PIDF_HEAD
                + "<gml:Point srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:pos>59.85856 17.63893</gml:pos></gml:Point>"
                + PIDF_TAIL), 200);
        assertThat(point.at("/municipality/code").asText()).isEqualTo("0380");
        assertThat(point.at("/location/point/lat").asDouble()).isEqualTo(59.85856);

        JsonNode circle = ok(centre.post("/api/calls/" + callId + "/pidf-lo", "application/pidf+xml", PIDF_HEAD
                + "<gs:Circle srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:pos>55.60587 13.00073</gml:pos>"
                + "<gs:radius uom=\"urn:ogc:def:uom:EPSG::9001\">850</gs:radius></gs:Circle>" + PIDF_TAIL), 200);
        assertThat(circle.at("/location/radiusMetres").asDouble()).isEqualTo(850.0);
        assertThat(circle.at("/municipality/code").asText()).isEqualTo("1280");

        JsonNode civic = ok(centre.post("/api/calls/" + callId + "/pidf-lo", "application/pidf+xml", PIDF_HEAD
                + "<ca:civicAddress><ca:country>SE</ca:country><ca:A3>Stockholm</ca:A3><ca:RD>Sveavägen</ca:RD>"
                + "<ca:HNO>44</ca:HNO><ca:PC>11134</ca:PC></ca:civicAddress>" + PIDF_TAIL), 200);
        assertThat(civic.at("/location/civicAddress/elements/RD").asText()).isEqualTo("Sveavägen");
        assertThat(civic.at("/municipality/code").isNull()).as(civic.toString()).isTrue();
        assertThat(civic.at("/municipality/name").isNull()).as(civic.toString()).isTrue();
        assertThat(civic.at("/municipality/explanation").asText()).contains("operator picks");

        JsonNode call = centre.read("/api/calls/" + callId);
        assertThat(call.at("/call/position/reported")).hasSize(3);
        assertThat(call.get("municipalityCode").asText()).as("the latest report with a point").isEqualTo("1280");
    }

    @Test
    void anXxeAttemptAndMalformedPidfLoAreRefusedWithTheReasonAndStoreNothing() {
        String callId = newCall("+46704444444");
        long before = centre.lastSequence();
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE presence [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<presence xmlns=\"urn:ietf:params:xml:ns:pidf\" entity=\"&xxe;\"/>";
        HttpResponse<String> refused = centre.post("/api/calls/" + callId + "/pidf-lo", "application/pidf+xml", xxe);
        assertProblem(refused, 400, "pidfLo", "DOCTYPE");
        assertThat(refused.body()).doesNotContain("root:");
        assertProblem(centre.post("/api/calls/" + callId + "/pidf-lo", "application/pidf+xml", "<presence"), 400, "pidfLo");
        assertProblem(centre.post("/api/calls/" + callId + "/pidf-lo", "application/pidf+xml", ""), 400, "pidfLo");
        assertProblem(centre.post("/api/calls/" + callId + "/pidf-lo", "application/json", "{}"), 400, "Content-Type");
        assertThat(centre.lastSequence()).isEqualTo(before);
    }

    @Test
    void theOperatorCorrectsPositionAndMunicipalityAndBothAreKeptBesideTheReport() {
        String callId = newCall("+46705555555");
        ok(centre.postAnonymous("/api/aml/sms?sender=%2B46705555555", "text/plain", SMS_STOCKHOLM), 202);
        centre.write("/api/calls/" + callId + "/answer", "{}", 200);
        JsonNode corrected = centre.write("/api/calls/" + callId + "/position",
                "{\"point\": {\"lat\": 59.85856, \"lon\": 17.63893}, \"reason\": \"the caller is in Uppsala\"}", 200);
        assertThat(corrected.get("call").get("municipalityCode").asText()).isEqualTo("0380");
        JsonNode chosen = centre.write("/api/calls/" + callId + "/municipality",
                "{\"code\": \"0381\", \"reason\": \"the caller is at the border\"}", 200);
        assertThat(chosen.at("/update/explanation").asText()).contains("0381 Enköping", "was 0380");
        JsonNode position = chosen.at("/call/call/position");
        assertThat(position.at("/reported/0/located/code").asText()).isEqualTo("0180");
        assertThat(position.at("/corrected/located/code").asText()).isEqualTo("0380");
        assertThat(position.at("/corrected/operator").asText()).isEqualTo("operator-7");
        assertThat(position.at("/chosen/code").asText()).isEqualTo("0381");
        assertThat(chosen.at("/call/municipalityCode").asText()).isEqualTo("0381");
        assertProblem(centre.post("/api/calls/" + callId + "/position", "{\"reason\": \"x\"}"), 400, "point");
    }
}
