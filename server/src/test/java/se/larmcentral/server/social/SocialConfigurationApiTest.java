package se.larmcentral.server.social;

import com.fasterxml.jackson.databind.JsonNode;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.social.RosterShift;
import se.larmcentral.social.ical.RosterCalendarReader;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.social.SocialServer.ok;

/** Building a municipality's arrangements over HTTP on an empty centre, and reading them back as decisions, plan and gaps. */
class SocialConfigurationApiTest {

    private static final String AGREEMENT = "/api/social/agreements/0125/2025-01-01";

    @TempDir
    Path dir;

    private SocialServer centre;

    @BeforeEach
    void start() {
        centre = SocialServer.empty(dir);
        ok(centre.post("/api/social/jours", "{\"id\": \"ekero\", \"name\": \"Socialjour Ekerö\", \"number\": \"08-465 004 60\","
                + " \"hours\": \"kvällar och nätter\"}"), 201);
        JsonNode agreement = ok(centre.post("/api/social/agreements", "{\"municipality\": \"0125\", \"jourId\": \"ekero\","
                + " \"kind\": \"EXTENDED\", \"validFrom\": \"2025-01-01\", \"message\": \"Socialjouren har stängt.\","
                + " \"usesRoster\": true, \"weekly\": [\"Mon-Sun 16:00-08:00\"]}"), 201);
        assertThat(agreement.get("id").asText()).isEqualTo("0125/2025-01-01");
        assertThat(agreement.get("weekly")).hasSize(7);
        ok(centre.post("/api/social/jours/ekero/roster/shifts", "{\"shifts\": [{\"start\": \"2025-12-01T16:00+01:00\","
                + " \"end\": \"2025-12-02T08:00+01:00\", \"person\": \"Anna Berg\", \"number\": \"070-174 06 30\"}]}"), 201);
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    private JsonNode decide(String municipality, String at) {
        return ok(centre.post("/api/social/decisions", "{\"municipality\": \"" + municipality + "\", \"at\": \"" + at + "\"}"), 200);
    }

    @Test
    void theRosteredPersonIsConnectedAndAnIcsUploadReplacesAPeriod() {
        JsonNode anna = decide("0125", "2025-12-01T18:00+01:00");
        assertThat(anna.get("targetKind").asText()).isEqualTo("ROSTERED_PERSON");
        assertThat(anna.get("targetName").asText()).isEqualTo("Anna Berg");
        assertThat(anna.get("number").asText()).isEqualTo("+46701740630");

        String ics = calendar(event("bo@ekero", "20251202T160000", "20251203T080000", "Bo Ek", "+46701740631"),
                event("cia@ekero", "20251203T160000", "20251204T080000", "Cia Lund", "+46701740632"));
        JsonNode replaced = ok(centre.putCalendar("/api/social/jours/ekero/roster?from=2025-12-02&to=2025-12-04",
                "text/calendar; charset=utf-8", ics), 200);
        assertThat(replaced.get("shifts").asInt()).isEqualTo(2);

        JsonNode roster = ok(centre.get("/api/social/jours/ekero/roster?from=2025-12-01&to=2025-12-05"), 200);
        List<String> people = new ArrayList<>();
        roster.get("shifts").forEach(s -> people.add(s.get("person").asText()));
        assertThat(people).containsExactly("Anna Berg", "Bo Ek", "Cia Lund");
        assertThat(decide("0125", "2025-12-02T20:00+01:00").get("targetName").asText()).isEqualTo("Bo Ek");

        JsonNode gap = decide("0125", "2025-12-04T20:00+01:00");
        assertThat(gap.get("basis").asText()).isEqualTo("ROSTER_GAP");
        assertThat(gap.get("number").asText()).isEqualTo("+46846500460");
    }

    @Test
    void coverageGapsShowTheClosedDaysAndTheRosterGap() {
        JsonNode gaps = ok(centre.get("/api/social/municipalities/0125/coverage-gaps?from=2025-12-01&to=2025-12-03"), 200);
        assertThat(gaps.get("municipality").asText()).isEqualTo("0125");
        List<String> found = new ArrayList<>();
        gaps.get("gaps").forEach(g -> found.add(g.get("basis").asText() + " " + g.get("start").asText() + " " + g.get("end").asText()));
        assertThat(found).containsExactly(
                "ROSTER_GAP 2025-11-30T23:00:00Z 2025-12-01T07:00:00Z",
                "OUTSIDE_WINDOWS 2025-12-01T07:00:00Z 2025-12-01T15:00:00Z",
                "OUTSIDE_WINDOWS 2025-12-02T07:00:00Z 2025-12-02T15:00:00Z",
                "ROSTER_GAP 2025-12-02T15:00:00Z 2025-12-02T23:00:00Z");
        assertThat(gaps.get("gaps").get(3).get("fallback").asText()).contains("+46846500460");
        assertThat(gaps.get("gaps").get(1).get("fallback").asText()).contains("Socialjouren har stängt.");
    }

    @Test
    void thePlanIsExportedAsICalendarThatParses() throws Exception {
        HttpResponse<String> answer = centre.get("/api/social/municipalities/0125/plan.ics?from=2025-12-01&to=2025-12-03");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("content-type").orElse("")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(answer.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        List<String> attendees = new ArrayList<>();
        for (VEvent e : events) {
            attendees.add(e.getProperty(Property.ATTENDEE).orElseThrow().toString().strip());
        }
        assertThat(attendees).hasSize(3);
        assertThat(attendees.get(0)).contains("Socialjour Ekerö").contains("tel:+46846500460");
        assertThat(attendees.get(1)).contains("CN=Anna Berg").contains("tel:+46701740630");
        assertThat(attendees.get(2)).contains("Socialjour Ekerö").contains("tel:+46846500460");
        // the export is in the form the roster import reads
        List<RosterShift> again = RosterCalendarReader.read(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)),
                LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 3));
        assertThat(again).extracting(RosterShift::person).containsExactly("Socialjour Ekerö", "Anna Berg", "Socialjour Ekerö");
        assertThat(again.get(1).start()).isEqualTo(Instant.parse("2025-12-01T15:00:00Z"));
        assertThat(again.get(1).end()).isEqualTo(Instant.parse("2025-12-02T07:00:00Z"));
    }

    @Test
    void oneOffChangesAndSetTimesChangeTheDecision() {
        assertThat(decide("0125", "2025-12-24T12:00+01:00").get("outcome").asText()).isEqualTo("MESSAGE");
        JsonNode withChange = ok(centre.post(AGREEMENT + "/one-off-changes", "{\"id\": \"jul\", \"from\": \"2025-12-24T00:00\","
                + " \"to\": \"2025-12-27T00:00\", \"connect\": \"08-465 004 61\", \"note\": \"Julförstärkning\"}"), 201);
        assertThat(withChange.get("oneOffChanges").get(0).get("id").asText()).isEqualTo("jul");
        JsonNode christmas = decide("0125", "2025-12-24T12:00+01:00");
        assertThat(christmas.get("basis").asText()).isEqualTo("ONE_OFF_CONNECT");
        assertThat(christmas.get("number").asText()).isEqualTo("+46846500461");

        ok(centre.delete(AGREEMENT + "/one-off-changes/jul"), 200);
        assertThat(decide("0125", "2025-12-24T12:00+01:00").get("outcome").asText()).isEqualTo("MESSAGE");

        JsonNode scheduled = ok(centre.put(AGREEMENT + "/schedule", "{\"weekly\": [\"Mon-Fri 08:00-17:00\"],"
                + " \"dayTypes\": {\"EVE\": [\"00:00-24:00\"]}, \"dates\": {\"2025-12-31\": []}}"), 200);
        assertThat(scheduled.get("dayTypes").get("EVE").get(0).asText()).isEqualTo("00:00-24:00");
        assertThat(scheduled.get("dates").get("2025-12-31")).isEmpty();
        assertThat(decide("0125", "2025-12-24T12:00+01:00").get("basis").asText()).isEqualTo("ROSTER_GAP");
        assertThat(decide("0125", "2025-12-31T12:00+01:00").get("outcome").asText()).isEqualTo("MESSAGE");
    }

    @Test
    void directNumbersAreAssignedAndRemoved() {
        JsonNode assigned = ok(centre.post("/api/social/direct-numbers", "{\"number\": \"08-465 004 92\", \"municipality\": \"0125\"}"), 201);
        assertThat(assigned.get("number").asText()).isEqualTo("+46846500492");
        assertThat(ok(centre.get("/api/social/direct-numbers"), 200).get("directNumbers")).hasSize(1);
        JsonNode viaDirect = ok(centre.post("/api/social/decisions", "{\"directNumber\": \"+46846500492\", \"at\": \"2025-12-01T18:00+01:00\"}"), 200);
        assertThat(viaDirect.get("municipality").asText()).isEqualTo("0125");
        assertThat(viaDirect.get("targetName").asText()).isEqualTo("Anna Berg");

        ok(centre.delete("/api/social/direct-numbers/+46846500492"), 200);
        assertThat(ok(centre.get("/api/social/direct-numbers"), 200).get("directNumbers")).isEmpty();
        assertThat(centre.post("/api/social/decisions", "{\"directNumber\": \"+46846500492\", \"at\": \"2025-12-01T18:00+01:00\"}")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void anEndedAgreementStaysInTheHistoryAndAChangedJourReachesItsMunicipalities() {
        JsonNode changed = ok(centre.put("/api/social/jours/ekero", "{\"name\": \"Socialjour Mälaröarna\", \"number\": \"08-465 004 62\"}"), 200);
        assertThat(changed.get("municipalities").toString()).isEqualTo("[\"0125\"]");
        JsonNode gap = decide("0125", "2025-12-04T20:00+01:00");
        assertThat(gap.get("number").asText()).isEqualTo("+46846500462");
        assertThat(gap.get("targetName").asText()).isEqualTo("Socialjour Mälaröarna");

        // An end is never before now (the history is not rewritten): the next first of January.
        LocalDate end = LocalDate.now(SwedishTime.ZONE).plusYears(1).withDayOfYear(1);
        JsonNode ended = ok(centre.post(AGREEMENT + "/end", "{\"validUntil\": \"" + end + "\"}"), 200);
        assertThat(ended.get("validUntil").asText()).isEqualTo(end.toString());
        assertThat(decide("0125", end.plusDays(4) + "T20:00+01:00").get("outcome").asText()).isEqualTo("NOT_AVAILABLE");
        JsonNode detail = ok(centre.get("/api/social/municipalities/0125?at=" + end.plusMonths(1) + "T12:00%2B01:00"), 200);
        assertThat(detail.get("agreementInForce").isNull()).isTrue();
        assertThat(detail.get("agreements")).hasSize(1);
    }

    @Test
    void aBasicAgreementAndALaterPolicyRow() {
        JsonNode agreement = ok(centre.post("/api/social/agreements", "{\"municipality\": \"0114\", \"jourId\": \"ekero\","
                + " \"kind\": \"BASIC\", \"validFrom\": \"2025-01-01\", \"forwardingNumber\": \"08-465 004 70\","
                + " \"answeredAroundTheClock\": true, \"outsideHours\": \"Dagtid: talsvar som hänvisar till kommunens växel.\"}"), 201);
        assertThat(agreement.get("answeredAroundTheClock").asBoolean()).isTrue();
        JsonNode basic = decide("0114", "2025-06-01T03:00+02:00");
        assertThat(basic.get("basis").asText()).isEqualTo("BASIC_SERVICE");
        assertThat(basic.get("number").asText()).isEqualTo("+46846500470");
        assertThat(basic.get("outsideHours").asText()).contains("talsvar");

        ok(centre.post("/api/social/no-agreement-policy", "{\"from\": \"2030-01-01T00:00+01:00\", \"action\": \"REFER_POLICE\","
                + " \"text\": \"Hänvisa till polisen på 114 14.\"}"), 201);
        assertThat(ok(centre.get("/api/social/no-agreement-policy"), 200).get("rows")).hasSize(3);
        JsonNode later = decide("0115", "2030-02-01T12:00+01:00");
        assertThat(later.get("outcome").asText()).isEqualTo("REFER_POLICE");
        assertThat(later.get("referral").asText()).isEqualTo("114 14");
        assertThat(decide("0115", "2029-12-31T12:00+01:00").get("outcome").asText()).isEqualTo("NOT_AVAILABLE");
    }

    static String calendar(String... events) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Larmcentral test//Jourlista//SV\r\n"
                + "BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\n"
                + "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\n"
                + "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
                + "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\n"
                + "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
                + String.join("", events) + "END:VCALENDAR\r\n";
    }

    static String event(String uid, String start, String end, String person, String number) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20251101T120000Z\r\nSUMMARY:Socialjour\r\n"
                + "DTSTART;TZID=Europe/Stockholm:" + start + "\r\nDTEND;TZID=Europe/Stockholm:" + end + "\r\n"
                + "ATTENDEE;CN=" + person + ":tel:" + number + "\r\nEND:VEVENT\r\n";
    }
}
