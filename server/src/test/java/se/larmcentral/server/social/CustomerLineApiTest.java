package se.larmcentral.server.social;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.social.SocialServer.assertProblem;
import static se.larmcentral.server.social.SocialServer.ok;

/**
 * A company's on-call line over HTTP (issue 19, item 4): registered with its number, its jour and roster, an
 * extended agreement; who is on call at an instant with the explanation, the same through the direct-number decision;
 * the agreement edited with the social routes; refusals name the field and store nothing; changes are audited.
 */
class CustomerLineApiTest {

    @TempDir
    static Path dir;

    private static SocialServer centre;

    @BeforeAll
    static void start() {
        centre = SocialServer.empty(dir);
        ok(centre.post("/api/social/customers", "{\"id\": \"fastab\", \"name\": \"Fastighets AB Exempel\","
                + " \"kind\": \"COMPANY\", \"number\": \"08-555 100 99\"}"), 201);
        ok(centre.post("/api/social/jours", "{\"id\": \"fastab-jour\", \"name\": \"Fastighetsjouren\","
                + " \"number\": \"08-555 100 00\"}"), 201);
        ok(centre.post("/api/social/jours/fastab-jour/roster/shifts", "{\"shifts\": ["
                + "{\"start\": \"2025-12-22T08:00+01:00\", \"end\": \"2025-12-24T08:00+01:00\", \"person\": \"Karin Lund\","
                + " \"number\": \"070-174 06 10\"}]}"), 201);
        ok(centre.post("/api/social/customers/fastab/agreements", "{\"jourId\": \"fastab-jour\", \"kind\": \"EXTENDED\","
                + " \"validFrom\": \"2025-01-01\", \"usesRoster\": true, \"message\": \"Fastighetsjouren har stängt.\","
                + " \"weekly\": [\"Mon-Fri 08:00-17:00\"], \"dayTypes\": {\"PUBLIC_HOLIDAY\": [], \"EVE\": [\"08:00-12:00\"]}}"), 201);
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    @Test
    void inOfficeHoursTheLineGoesToWhoeverTheRosterNames() {
        JsonNode d = ok(centre.get("/api/social/customers/fastab/route?at=2025-12-22T10:00%2B01:00"), 200);
        assertThat(d.get("outcome").asText()).isEqualTo("FORWARD");
        assertThat(d.get("basis").asText()).isEqualTo("ROSTER_SHIFT");
        assertThat(d.get("targetName").asText()).isEqualTo("Karin Lund");
        assertThat(d.get("number").asText()).isEqualTo("+46701740610");
        assertThat(d.get("municipality").asText()).isEqualTo("fastab");
        assertThat(d.get("municipalityName").asText()).isEqualTo("Fastighets AB Exempel");
        assertThat(d.get("say").asText()).isEqualTo("Jag kopplar dig nu till jouren för Fastighets AB Exempel.");
        assertThat(d.get("explanation").toString()).contains("agreement fastab/2025-01-01");
    }

    @Test
    void atNightAndOnHolidaysTheCallerHearsTheCustomersMessage() {
        for (String at : new String[] {"2025-12-22T20:00%2B01:00", "2025-12-25T10:00%2B01:00"}) {
            JsonNode d = ok(centre.get("/api/social/customers/fastab/route?at=" + at), 200);
            assertThat(d.get("outcome").asText()).as(at).isEqualTo("MESSAGE");
            assertThat(d.get("say").asText()).isEqualTo("Fastighetsjouren har stängt.");
        }
    }

    @Test
    void theLinesGapsAndPlanAreThoseOfItsAgreementAndRoster() {
        JsonNode gaps = ok(centre.get("/api/social/customers/fastab/coverage-gaps?from=2025-12-22&to=2025-12-23"), 200);
        assertThat(gaps.get("gaps").findValuesAsText("basis")).containsExactly("OUTSIDE_WINDOWS", "OUTSIDE_WINDOWS");
        var ics = centre.get("/api/social/customers/fastab/plan.ics?from=2025-12-22&to=2025-12-23");
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.body()).contains("SUMMARY:Jourlinje Fastighets AB Exempel: Karin Lund").contains("tel:+46701740610");
    }

    @Test
    void aCallToTheLinesNumberIsDecidedTheSameWayAsADirectNumber() {
        JsonNode d = ok(centre.post("/api/social/decisions", "{\"directNumber\": \"08-555 100 99\","
                + " \"at\": \"2025-12-23T09:00+01:00\"}"), 200);
        assertThat(d.get("outcome").asText()).isEqualTo("FORWARD");
        assertThat(d.get("targetName").asText()).isEqualTo("Karin Lund");
        assertThat(d.get("municipalityName").asText()).isEqualTo("Fastighets AB Exempel");
    }

    @Test
    void theLineIsListedWithItsNumberAndItsAgreementIsEditedLikeAMunicipalitys() {
        JsonNode line = ok(centre.get("/api/social/customers/fastab"), 200);
        assertThat(line.get("numbers").toString()).contains("+46855510099");
        assertThat(line.get("agreements").get(0).get("id").asText()).isEqualTo("fastab/2025-01-01");
        assertThat(ok(centre.get("/api/social/customers"), 200).get("customers").toString()).contains("fastab");
        ok(centre.put("/api/social/agreements/fastab/2025-01-01/texts", "{\"instructions\": \"Fråga efter lägenhetsnummer.\"}"), 200);
        JsonNode d = ok(centre.get("/api/social/customers/fastab/route?at=2025-12-22T10:00%2B01:00"), 200);
        assertThat(d.get("instructions").asText()).isEqualTo("Fråga efter lägenhetsnummer.");
        JsonNode audit = ok(centre.get("/api/audit"), 200);
        assertThat(audit.toString()).contains("registered customer fastab").contains("agreement fastab/2025-01-01");
    }

    @Test
    void aCallToTheLineIsTakenInWithoutAMunicipalityAndOneGivenIsRefused() {
        long before = centre.lastSequence();
        assertProblem(centre.post("/api/calls", "{\"callId\": \"kund-2\", \"dialled\": \"08-555 100 99\","
                + " \"municipality\": \"0180\"}"), 400, "municipality", "on-call line of customer fastab");
        centre.assertNothingStoredAfter(before);
        JsonNode taken = ok(centre.post("/api/calls", "{\"callId\": \"kund-1\", \"dialled\": \"08-555 100 99\"}"), 201);
        assertThat(taken.toString()).contains("08-555 100 99").doesNotContain("(0");
        // answered by an operator and classified social: decided by the line's number, for the customer
        ok(centre.post("/api/calls/kund-1/answer", "{}"), 200);
        JsonNode classified = ok(centre.post("/api/calls/kund-1/classify", "{\"classification\": \"SOCIAL\"}"), 200);
        assertThat(classified.at("/followUps/0/summary").asText()).contains("the on-call line of customer fastab");
        assertThat(classified.at("/call/call/links/0/kind").asText()).isEqualTo("SOCIAL_DECISION");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndStoresNothing() {
        long before = centre.lastSequence();
        assertProblem(centre.post("/api/social/customers", "{\"id\": \"0180\", \"name\": \"X\", \"kind\": \"COMPANY\"}"),
                400, "id", "starting with a letter");
        assertProblem(centre.post("/api/social/customers", "{\"id\": \"annan\", \"name\": \"X\", \"kind\": \"SHOP\"}"),
                400, "kind", "COMPANY, MUNICIPALITY or REGION");
        assertProblem(centre.post("/api/social/customers", "{\"id\": \"annan\", \"name\": \"X\", \"kind\": \"REGION\","
                + " \"number\": \"08-555 100 99\"}"), 409, "number", "fastab");
        assertProblem(centre.post("/api/social/customers", "{\"id\": \"fastab\", \"name\": \"X\", \"kind\": \"REGION\"}"),
                409, "id", "already exists");
        assertProblem(centre.post("/api/social/customers/okand/agreements", "{\"jourId\": \"fastab-jour\", \"kind\": \"BASIC\","
                + " \"validFrom\": \"2025-01-01\"}"), 404, "customer", "okand");
        assertProblem(centre.post("/api/social/customers/fastab/agreements", "{\"jourId\": \"fastab-jour\", \"kind\": \"EXTENDED\","
                + " \"validFrom\": \"2026-01-01\", \"weekly\": [\"Mon 25:00-26:00\"]}"), 400, "weekly[0]", "25:00");
        assertProblem(centre.post("/api/social/customers/fastab/agreements", "{\"jourId\": \"fastab-jour\", \"kind\": \"BASIC\","
                + " \"validFrom\": \"2025-06-01\"}"), 409, "validFrom", "fastab/2025-01-01");
        assertProblem(centre.get("/api/social/customers/fastab/route?at=ig%C3%A5r"), 400, "at", "ig");
        assertProblem(centre.get("/api/social/customers/okand/route?at=2025-12-22T10:00%2B01:00"), 404, "customer", "okand");
        centre.assertNothingStoredAfter(before);
    }
}
