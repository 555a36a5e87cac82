package se.larmcentral.server.social;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.social.SocialServer.assertProblem;
import static se.larmcentral.server.social.SocialServer.ok;

/** Every bad input of the issue over HTTP: a problem naming the field, and nothing recorded. */
class SocialBadInputApiTest {

    @TempDir
    static Path dir;

    private static SocialServer centre;
    private long before;

    @BeforeAll
    static void start() {
        centre = SocialServer.withDemo(dir);
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    @BeforeEach
    void mark() {
        before = centre.lastSequence();
    }

    @AfterEach
    void nothingStored() {
        centre.assertNothingStoredAfter(before);
    }

    @Test
    void anUnknownMunicipalityCode() {
        assertProblem(centre.post("/api/social/decisions", "{\"municipality\": \"0999\", \"at\": \"2025-12-24T18:00+01:00\", \"callId\": \"x1\"}"),
                404, "municipality", "0999");
        assertProblem(centre.post("/api/social/decisions", "{\"municipality\": \"Nacka\", \"at\": \"2025-12-24T18:00+01:00\"}"),
                400, "municipality", "four-digit SCB code");
        assertProblem(centre.post("/api/social/agreements",
                "{\"municipality\": \"0999\", \"jourId\": \"sydost\", \"kind\": \"BASIC\", \"validFrom\": \"2026-01-01\"}"),
                404, "municipality", "0999");
        assertProblem(centre.post("/api/social/direct-numbers", "{\"number\": \"08-465 004 95\", \"municipality\": \"0999\"}"),
                404, "municipality", "0999");
        assertProblem(centre.get("/api/social/municipalities/0999"), 404, "municipality", "0999");
        assertProblem(centre.get("/api/social/municipalities/0999/plan.ics?from=2025-12-01&to=2025-12-08"), 404, "municipality", "0999");
        assertProblem(centre.get("/api/social/statistics?municipality=0999&from=2025-01&to=2025-02"), 404, "municipality", "0999");
    }

    @Test
    void anUnknownDirectNumber() {
        assertProblem(centre.post("/api/social/decisions", "{\"directNumber\": \"08-465 004 99\", \"at\": \"2025-12-24T18:00+01:00\", \"callId\": \"x2\"}"),
                404, "directNumber", "not a direct number");
        assertProblem(centre.delete("/api/social/direct-numbers/+46846500499"), 404, "number", "not a direct number");
    }

    @Test
    void anInstantWithoutAZoneOffset() {
        assertProblem(centre.post("/api/social/decisions", "{\"municipality\": \"0182\", \"at\": \"2025-12-24T18:00\", \"callId\": \"x3\"}"),
                400, "at", "zone offset");
        assertProblem(centre.post("/api/social/jours/sydost/roster/shifts",
                "{\"shifts\": [{\"start\": \"2030-01-01T08:00\", \"end\": \"2030-01-01T16:00+01:00\", \"person\": \"A\", \"number\": \"070-174 06 30\"}]}"),
                400, "shifts[0].start", "zone offset");
        assertProblem(centre.post("/api/social/no-agreement-policy", "{\"from\": \"2030-01-01T00:00\", \"action\": \"NOT_AVAILABLE\", \"text\": \"x\"}"),
                400, "from", "zone offset");
    }

    @Test
    void aPhoneNumberThatIsNotSwedishOrE164() {
        assertProblem(centre.post("/api/social/decisions", "{\"directNumber\": \"12345\", \"at\": \"2025-12-24T18:00+01:00\"}"),
                400, "directNumber", "12345");
        assertProblem(centre.post("/api/social/direct-numbers", "{\"number\": \"not a number\", \"municipality\": \"0125\"}"),
                400, "number", "not a number");
        assertProblem(centre.post("/api/social/jours", "{\"id\": \"ekero\", \"name\": \"Socialjour Ekerö\", \"number\": \"08-1\"}"),
                400, "number", "08-1");
        assertProblem(centre.post("/api/social/agreements", "{\"municipality\": \"0125\", \"jourId\": \"nordvast\", \"kind\": \"BASIC\","
                + " \"validFrom\": \"2026-01-01\", \"forwardingNumber\": \"123\"}"), 400, "forwardingNumber", "123");
    }

    @Test
    void aBasicAgreementsOwnNumberWithoutTheStatementThatItIsAnsweredRoundTheClock() {
        int before = ok(centre.get("/api/social/municipalities/0125"), 200).get("agreements").size();
        assertProblem(centre.post("/api/social/agreements", "{\"municipality\": \"0125\", \"jourId\": \"nordvast\", \"kind\": \"BASIC\","
                + " \"validFrom\": \"2026-01-01\", \"forwardingNumber\": \"08-465 004 70\"}"), 400, "answeredAroundTheClock",
                "0125/2026-01-01", "round the clock");
        assertProblem(centre.post("/api/social/agreements", "{\"municipality\": \"0125\", \"jourId\": \"nordvast\", \"kind\": \"BASIC\","
                + " \"validFrom\": \"2026-01-01\", \"forwardingNumber\": \"08-465 004 70\", \"answeredAroundTheClock\": false}"),
                400, "answeredAroundTheClock", "round the clock");
        assertThat(ok(centre.get("/api/social/municipalities/0125"), 200).get("agreements")).as("nothing stored").hasSize(before);
    }

    @Test
    void aWindowThatEndsWhenItStarts() {
        assertProblem(centre.post("/api/social/agreements", "{\"municipality\": \"0125\", \"jourId\": \"nordvast\", \"kind\": \"EXTENDED\","
                + " \"validFrom\": \"2026-01-01\", \"message\": \"Stängt.\", \"weekly\": [\"Mon-Fri 16:00-08:00\", \"Sat 16:00-16:00\"]}"),
                400, "weekly[1]", "ends when it starts");
        assertProblem(centre.put("/api/social/agreements/0182/2019-01-01/schedule",
                "{\"weekly\": [\"Mon 16:00-08:00\"], \"dayTypes\": {\"EVE\": [\"10:00-10:00\"]}}"), 400, "dayTypes.EVE[0]", "ends when it starts");
        assertProblem(centre.post("/api/social/agreements/0182/2019-01-01/one-off-changes",
                "{\"id\": \"x\", \"from\": \"2026-01-01T10:00\", \"to\": \"2026-01-01T10:00\", \"close\": true}"), 400, "to", "not after its start");
    }

    @Test
    void rosterShiftsThatOverlapAreRefusedBothNamed() {
        assertProblem(centre.post("/api/social/jours/sydost/roster/shifts", "{\"shifts\": ["
                        + "{\"start\": \"2030-01-01T08:00+01:00\", \"end\": \"2030-01-01T16:00+01:00\", \"person\": \"Anna Berg\", \"number\": \"070-174 06 30\"},"
                        + "{\"start\": \"2030-01-01T15:00+01:00\", \"end\": \"2030-01-01T23:00+01:00\", \"person\": \"Bo Ek\", \"number\": \"070-174 06 31\"}]}"),
                409, "shifts[1]", "Anna Berg", "Bo Ek", "shifts[0]");
        String ics = SocialConfigurationApiTest.calendar(
                SocialConfigurationApiTest.event("a", "20300101T080000", "20300101T160000", "Anna Berg", "+46701740630"),
                SocialConfigurationApiTest.event("b", "20300101T150000", "20300101T230000", "Bo Ek", "+46701740631"));
        assertProblem(centre.putCalendar("/api/social/jours/sydost/roster?from=2030-01-01&to=2030-01-02", "text/calendar", ics),
                409, "shifts[1]", "Anna Berg", "Bo Ek");
    }

    @Test
    void anAgreementThatEndsBeforeItBegins() {
        assertProblem(centre.post("/api/social/agreements", "{\"municipality\": \"0125\", \"jourId\": \"nordvast\", \"kind\": \"BASIC\","
                + " \"validFrom\": \"2026-01-01\", \"validUntil\": \"2025-12-01\"}"), 400, "validUntil", "2025-12-01");
        assertProblem(centre.post("/api/social/agreements/0182/2019-01-01/end", "{\"validUntil\": \"2018-06-01\"}"),
                400, "validUntil", "2018-06-01");
        assertProblem(centre.post("/api/social/agreements", "{\"municipality\": \"0182\", \"jourId\": \"sydost\", \"kind\": \"BASIC\","
                + " \"validFrom\": \"2020-01-01\"}"), 409, "validFrom", "0182/2019-01-01");
    }

    @Test
    void otherMalformedRequests() {
        assertProblem(centre.post("/api/social/agreements", "{\"municipality\": \"0125\", \"jour\": \"nordvast\"}"), 400, "jour", "not a known field");
        assertProblem(centre.post("/api/social/agreements", "{\"municipality\": \"0125\", \"jourId\": \"nordvast\", \"kind\": \"PREMIUM\","
                + " \"validFrom\": \"2026-01-01\"}"), 400, "kind", "PREMIUM");
        assertProblem(centre.post("/api/social/agreements", "{\"municipality\": \"0125\", \"jourId\": \"nowhere\", \"kind\": \"BASIC\","
                + " \"validFrom\": \"2026-01-01\"}"), 404, "jourId", "nowhere");
        assertProblem(centre.post("/api/social/jours", "{\"id\": \"Bad Id\", \"name\": \"X\"}"), 400, "id", "lower-case");
        assertProblem(centre.post("/api/social/jours", "{\"id\": \"sydost\", \"name\": \"Again\"}"), 409, "jour", "sydost");
        assertProblem(centre.post("/api/social/decisions", "{\"municipality\": \"0182\", \"at\": \"2025-12-24T18:00+01:00\", \"channel\": \"FAX\"}"),
                400, "channel", "FAX");
        assertProblem(centre.post("/api/social/decisions", "{\"at\": \"2025-12-24T18:00+01:00\"}"), 400, "municipality", "neither");
        assertProblem(centre.post("/api/social/decisions", "{\"municipality\": \"0182\", \"at\": \"2025-12-24T18:00+01:00\", \"callId\": \" \"}"),
                400, "callId", "call's id");
        assertProblem(centre.delete("/api/social/agreements/0182/2019-01-01/one-off-changes/none"), 404, "changeId", "none");
        assertProblem(centre.post("/api/social/agreements/0182/2030-01-01/end", "{\"validUntil\": \"2031-01-01\"}"), 404, "agreementId", "0182/2030-01-01");
        assertProblem(centre.get("/api/social/municipalities/0182/coverage-gaps?from=2025-12-08&to=2025-12-01"), 400, "to", "end after");
        assertProblem(centre.get("/api/social/municipalities/0182/plan.ics?from=2025-01-01&to=2027-01-01"), 400, "to", "at most");
        assertProblem(centre.get("/api/social/municipalities/0182/plan.ics?from=2025-12-01"), 400, "to", "missing");
        assertProblem(centre.get("/api/social/statistics?from=2025-06&to=2025-01"), 400, "to", "before");
        assertProblem(centre.get("/api/social/statistics?from=June&to=2025-01"), 400, "from", "YYYY-MM");
        assertProblem(centre.put("/api/social/jours/nowhere", "{\"name\": \"X\"}"), 404, "jour", "nowhere");
        assertProblem(centre.put("/api/social/jours/nordost", "{\"name\": \"Socialjour Nordost\", \"number\": \"08-465 004 20\"}"),
                400, "forwardingNumber", "round the clock");
    }

    @Test
    void anIcalendarWhoseRuleExpandsToMillionsOfDatesIsRefusedNamingTheLimit() {
        // 800 bytes: 12 months x 31 days x 24 hours x 60 minutes x 60 seconds in each yearly step
        String all = java.util.stream.IntStream.rangeClosed(0, 59).mapToObj(Integer::toString)
                .collect(java.util.stream.Collectors.joining(","));
        String rule = "RRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY="
                + all.substring(all.indexOf("1,"), all.indexOf(",32")) + ";BYHOUR=" + all.substring(0, all.indexOf(",24"))
                + ";BYMINUTE=" + all + ";BYSECOND=" + all + "\r\n";
        String ics = SocialConfigurationApiTest.calendar(SocialConfigurationApiTest.event("bomb", "20300101T080000",
                "20300101T160000", "Anna Berg", "+46701740630").replace("END:VEVENT", rule + "END:VEVENT"));
        assertProblem(centre.putCalendar("/api/social/jours/sydost/roster?from=2030-01-01&to=2030-01-08", "text/calendar", ics),
                400, "ics.VEVENT[bomb].RRULE", "at most 1000");
        assertThat(ok(centre.get("/health"), 200).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void aBadCalendarUpload() {
        assertProblem(centre.putCalendar("/api/social/jours/sydost/roster?from=2030-01-01&to=2030-01-02", "text/calendar", "BEGIN:VCALENDAR\nnonsense"),
                400, "ics", "not a valid iCalendar file");
        assertProblem(centre.putCalendar("/api/social/jours/sydost/roster?from=2030-01-01&to=2030-01-02", "application/json", "{}"),
                400, "Content-Type", "text/calendar");
        String noNumber = SocialConfigurationApiTest.calendar(
                SocialConfigurationApiTest.event("c", "20300101T080000", "20300101T160000", "Anna Berg", "12"));
        assertProblem(centre.putCalendar("/api/social/jours/sydost/roster?from=2030-01-01&to=2030-01-02", "text/calendar", noNumber),
                400, "ics.VEVENT[c].ATTENDEE", "12");
        assertProblem(centre.putCalendar("/api/social/jours/nowhere/roster?from=2030-01-01&to=2030-01-02", "text/calendar", noNumber),
                404, "jour", "nowhere");
    }
}
