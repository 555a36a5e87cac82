package se.larmcentral.server.access;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.TestPrincipals;
import se.larmcentral.centre.accounts.Principal;
import se.larmcentral.centre.accounts.Role;

import se.larmcentral.web.auth.Scope;
import se.larmcentral.web.Route;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A municipality administrator reads and changes their own municipality's plan, agreements' set times and one-off
 * changes, direct numbers and the jours it belongs to (Sydost, shared by Nacka, Tyresö and Värmdö), and nothing of any
 * other municipality by any route, guessed ids included: a guess is refused like a foreign id, so it tells nothing.
 * On the demo centre: Stockholm (0180) has the jour "stockholm", the direct number 08-465 004 90 and the agreement
 * 0180/2017-10-01; Nacka (0182) the agreement 0182/2019-01-01 with Sydost.
 */
class MunicipalityAdminAccessTest {

    private static final Principal NACKA = TestPrincipals.municipalityAdmin("nacka-admin", "0182");
    private static final Principal VARMDO = TestPrincipals.municipalityAdmin("varmdo-admin", "0120");
    private static final Principal EKERO = TestPrincipals.municipalityAdmin("ekero-admin", "0125");
    private static final Principal AGREEMENTS = TestPrincipals.roles("agreements-admin", Role.AGREEMENTS_ADMIN);
    private static final String PERIOD = "?from=2025-03-10&to=2025-03-17";

    @TempDir
    static Path dir;
    private static AccessClient centre;

    @BeforeAll
    static void start() {
        centre = new AccessClient(dir);
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    @Test
    void anotherMunicipalitysPlanCannotBeReadByAnyRoute() {
        List<String> reads = List.of(
                "/api/social/municipalities/0180",
                "/api/social/municipalities/0180/plan.ics" + PERIOD,
                "/api/social/municipalities/0180/coverage-gaps" + PERIOD,
                "/api/social/agreements/0180/2017-10-01",
                "/api/social/jours/stockholm/roster",
                "/api/social/statistics?municipality=0180&from=2025-01&to=2025-03",
                // everyone's at once
                "/api/social/statistics?from=2025-01&to=2025-03",
                "/api/social/municipalities",
                "/api/social/jours",
                "/api/social/direct-numbers",
                "/api/social/no-agreement-policy",
                // guessed ids: refused exactly as foreign ones, so a guess tells nothing
                "/api/social/municipalities/9999",
                "/api/social/agreements/0180/2020-01-01",
                "/api/social/jours/no-such-jour/roster",
                // Värmdö shares Nacka's jour, not its agreements
                "/api/social/agreements/0120/2018-03-01",
                "/api/social/municipalities/0120",
                // health data and other parts of the centre (the journal they may read: only their social events)
                "/api/calls/queue",
                "/api/dispatch/incidents");
        for (String path : reads) {
            assertForbidden(centre.get(NACKA, path), path);
        }
        assertThat(centre.get(NACKA, "/api/social/jours/no-such-jour/roster").body())
                .as("an unknown jour is refused in the same words as a foreign one")
                .isEqualTo(centre.get(NACKA, "/api/social/jours/stockholm/roster").body());
    }

    @Test
    void anotherMunicipalitysPlanCannotBeChangedByAnyRouteAndNothingIsRecorded() {
        centre.get(NACKA, "/api/session"); // the administrator's account and token exist before the count starts
        long before = centre.lastSequence();
        String agreement = "/api/social/agreements/0180/2017-10-01";
        List<AccessClient.Answer> answers = new ArrayList<>();
        answers.add(centre.put(NACKA, "/api/social/jours/stockholm", "{\"name\": \"Taken over\", \"number\": \"08-465 004 99\"}"));
        answers.add(centre.post(NACKA, "/api/social/jours/stockholm/roster/shifts", shift("2025-04-01T16:00+02:00")));
        answers.add(centre.send(NACKA, "PUT", "/api/social/jours/stockholm/roster?from=2025-04-01&to=2025-04-02",
                "text/calendar", calendar()));
        answers.add(centre.put(NACKA, agreement + "/schedule", "{\"weekly\": [\"Mon-Fri 08:00-09:00\"]}"));
        answers.add(centre.post(NACKA, agreement + "/one-off-changes", closed("stolen")));
        answers.add(centre.delete(NACKA, agreement + "/one-off-changes/any"));
        answers.add(centre.post(NACKA, agreement + "/end", "{\"validUntil\": \"2025-04-01\"}"));
        answers.add(centre.post(NACKA, "/api/social/direct-numbers", "{\"number\": \"08-465 004 97\", \"municipality\": \"0180\"}"));
        answers.add(centre.delete(NACKA, "/api/social/direct-numbers/+46846500490"));
        answers.add(centre.delete(NACKA, "/api/social/direct-numbers/08-465%20004%2090"));
        // guessed and crafted: an unknown number, an unknown jour, a body naming two municipalities or none
        answers.add(centre.delete(NACKA, "/api/social/direct-numbers/+46846500499"));
        answers.add(centre.delete(NACKA, "/api/social/direct-numbers/not-a-number"));
        answers.add(centre.put(NACKA, "/api/social/jours/no-such-jour", "{\"name\": \"x\"}"));
        answers.add(centre.post(NACKA, "/api/social/direct-numbers", "{\"number\": \"08-465 004 97\", \"municipality\": [\"0182\", \"0180\"]}"));
        answers.add(centre.post(NACKA, "/api/social/direct-numbers", "{\"number\": \"08-465 004 97\", \"municipality\": 182}"));
        answers.add(centre.post(NACKA, "/api/social/direct-numbers", "{\"number\": \"08-465 004 97\"}"));
        answers.add(centre.post(NACKA, "/api/social/direct-numbers", "{\"number\": \"08-465 004 97\", \"municipality\": \"0182\","
                + " \"municipality\": \"0180\"}"));
        answers.add(centre.send(NACKA, "POST", "/api/social/direct-numbers", "text/plain", "municipality=0182"));
        // the contract is the agreements administrator's: no own agreement pointing Nacka at Stockholm's jour
        answers.add(centre.post(NACKA, "/api/social/agreements", "{\"municipality\": \"0182\", \"jourId\": \"stockholm\","
                + " \"kind\": \"BASIC\", \"validFrom\": \"2025-06-01\"}"));
        answers.add(centre.post(NACKA, "/api/social/agreements/0182/2019-01-01/end", "{\"validUntil\": \"2025-06-01\"}"));
        answers.add(centre.post(NACKA, "/api/social/jours", "{\"id\": \"nacka-egen\", \"name\": \"Egen\"}"));
        answers.add(centre.post(NACKA, "/api/social/no-agreement-policy", "{\"from\": \"2030-01-01T00:00+01:00\","
                + " \"action\": \"NOT_AVAILABLE\", \"text\": \"x\"}"));
        answers.add(centre.post(NACKA, "/api/social/decisions", "{\"municipality\": \"0182\", \"at\": \"2025-03-12T18:00+01:00\","
                + " \"callId\": \"C-1\"}"));
        for (AccessClient.Answer answer : answers) {
            assertForbidden(answer, answer.body());
        }
        assertThat(centre.lastSequence()).as("events recorded by refused requests").isEqualTo(before);
        assertThat(centre.get(AGREEMENTS, "/api/social/direct-numbers").body()).contains("+46846500490").doesNotContain("+46846500497");
    }

    /** Stockholm's values for the path parameters that name a municipality's data. */
    private static final Map<String, String> FOREIGN = Map.of("code", "0180", "municipality", "0180",
            "validFrom", "2017-10-01", "id", "stockholm", "number", "+46846500490", "changeId", "any");
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    /**
     * Every route of the server's own route table that names a municipality's data in its path ({code},
     * {municipality}, {id} of a jour, {number}) or admits a municipality administrator by scope, called with
     * Stockholm's values (path, {@code ?municipality=}, body): refused, and nothing recorded. A new route is covered
     * without touching this test. (The journal's routes admit them and filter: EventVisibilityTest.)
     */
    @Test
    void everyRouteOfTheRouteTableRefusesAnotherMunicipalitysValuesAndRecordsNothing() {
        centre.get(NACKA, "/api/session");
        long before = centre.lastSequence();
        TreeSet<String> called = new TreeSet<>();
        for (Route route : centre.server.api().routes()) {
            boolean foreignPath = PARAM.matcher(route.path()).results().anyMatch(m -> FOREIGN.containsKey(m.group(1))
                    && !m.group(1).equals("validFrom") && !m.group(1).equals("changeId"));
            boolean scoped = route.access().municipalityScope().filter(sc -> sc.match() != Scope.Match.FILTERED).isPresent();
            if (!foreignPath && !scoped || route.access().municipalityScope()
                    .filter(sc -> sc.match() == Scope.Match.FILTERED).isPresent()) {
                continue;
            }
            String method = route.method().name();
            String path = foreign(route.path()) + "?municipality=0180&from=2025-01&to=2025-03";
            String body = method.equals("GET") || method.equals("DELETE") ? null
                    : "{\"municipality\": \"0180\", \"number\": \"+46846500497\", \"message\": \"Stulet\","
                    + " \"instructions\": \"Stulet\", \"name\": \"Stulet\"}";
            assertForbidden(centre.send(NACKA, method, path, "application/json", body), method + " " + path);
            called.add(method + " " + route.path());
        }
        assertThat(called).as("the routes built from the route table").contains(
                "GET /api/social/municipalities/{code}/plan", "GET /api/social/municipalities/{code}/holidays",
                "PUT /api/social/agreements/{municipality}/{validFrom}/texts", "PUT /api/social/jours/{id}/roster",
                "DELETE /api/social/direct-numbers/{number}", "POST /api/social/direct-numbers",
                "GET /api/social/statistics", "GET /api/audit");
        assertThat(centre.lastSequence()).as("events recorded by refused requests").isEqualTo(before);
    }

    private static String foreign(String template) {
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = FOREIGN.get(m.group(1));
            assertThat(value).as("a foreign value for {%s} in %s", m.group(1), template).isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    /** Stockholm's number under Nacka's name: refused like foreign data, and the refusal does not say whose it is. */
    @Test
    void anotherMunicipalitysNumberPostedAsTheirOwnIsRefusedWithoutNamingItsOwner() {
        centre.get(NACKA, "/api/session");
        long before = centre.lastSequence();
        for (String number : List.of("+46846500490", "08-465 004 90")) {
            assertForbidden(centre.post(NACKA, "/api/social/direct-numbers", "{\"number\": \"" + number
                    + "\", \"municipality\": \"0182\"}"), number);
        }
        assertThat(centre.lastSequence()).isEqualTo(before);
        assertThat(centre.get(AGREEMENTS, "/api/social/direct-numbers").json().get("directNumbers").toString())
                .contains("\"+46846500490\"");
        // the agreements administrator still learns whose it is
        AccessClient.Answer conflict = centre.post(AGREEMENTS, "/api/social/direct-numbers",
                "{\"number\": \"+46846500490\", \"municipality\": \"0182\"}");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains("0180");
    }

    /** Their agreement's texts: theirs to change; another municipality's refused and nothing recorded. */
    @Test
    void theirAgreementsTextsCanBeChangedAndAnotherMunicipalitysCannot() {
        String own = "/api/social/agreements/0182/2019-01-01/texts";
        AccessClient.Answer changed = centre.put(NACKA, own, "{\"instructions\": \"Fråga om barn finns i hemmet.\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("instructions").asText()).isEqualTo("Fråga om barn finns i hemmet.");
        AccessClient.Answer blank = centre.put(NACKA, own, "{\"message\": \"  \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("field").asText()).isEqualTo("message");

        long before = centre.lastSequence();
        assertForbidden(centre.put(NACKA, "/api/social/agreements/0180/2017-10-01/texts", "{\"message\": \"Stängt.\"}"),
                "Stockholm's texts");
        assertForbidden(centre.put(VARMDO, own, "{\"message\": \"Stängt.\"}"), "Nacka's texts by Värmdö");
        assertThat(centre.lastSequence()).isEqualTo(before);
        assertThat(centre.get(AGREEMENTS, "/api/social/agreements/0180/2017-10-01").body()).doesNotContain("Stängt.");
    }

    @Test
    void theirOwnMunicipalityAndTheJourItBelongsToCanBeReadAndChanged() {
        assertThat(centre.get(NACKA, "/api/social/municipalities/0182").status()).isEqualTo(200);
        AccessClient.Answer plan = centre.get(NACKA, "/api/social/municipalities/0182/plan.ics" + PERIOD);
        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.body()).contains("BEGIN:VCALENDAR");
        assertThat(centre.get(NACKA, "/api/social/municipalities/0182/coverage-gaps" + PERIOD).status()).isEqualTo(200);
        assertThat(centre.get(NACKA, "/api/social/agreements/0182/2019-01-01").status()).isEqualTo(200);
        assertThat(centre.get(NACKA, "/api/social/agreements/0182/2017-11-01").status()).as("their history").isEqualTo(200);
        assertThat(centre.get(NACKA, "/api/social/statistics?municipality=0182&from=2025-01&to=2025-03").status()).isEqualTo(200);

        String own = "/api/social/agreements/0182/2019-01-01";
        assertThat(centre.put(NACKA, own + "/schedule", "{\"weekly\": [\"Mon-Fri 16:00-08:00\", \"Sat,Sun 00:00-24:00\"]}").status())
                .isEqualTo(200);
        assertThat(centre.post(NACKA, own + "/one-off-changes", closed("nacka-stangt")).status()).isEqualTo(201);
        assertThat(centre.delete(NACKA, own + "/one-off-changes/nacka-stangt").status()).isEqualTo(200);
        assertThat(centre.post(NACKA, "/api/social/direct-numbers", "{\"number\": \"08-465 004 95\", \"municipality\": \"0182\"}")
                .status()).isEqualTo(201);
        assertThat(centre.delete(NACKA, "/api/social/direct-numbers/08-465%20004%2095").status()).isEqualTo(200);

        // Sydost serves Nacka, Tyresö and Värmdö: each of their administrators may change it and its roster.
        assertThat(centre.get(NACKA, "/api/social/jours/sydost/roster").status()).isEqualTo(200);
        assertThat(centre.put(NACKA, "/api/social/jours/sydost", "{\"name\": \"Socialjour Sydost\", \"number\": \"08-465 004 10\","
                + " \"hours\": \"vardagar 16-08, helger dygnet runt\"}").status()).isEqualTo(200);
        assertThat(centre.post(NACKA, "/api/social/jours/sydost/roster/shifts", shift("2025-04-01T16:00+02:00")).status())
                .isEqualTo(201);
        assertThat(centre.post(VARMDO, "/api/social/jours/sydost/roster/shifts", shift("2025-04-02T16:00+02:00")).status())
                .isEqualTo(201);
        assertThat(centre.send(VARMDO, "PUT", "/api/social/jours/sydost/roster?from=2025-04-03&to=2025-04-04",
                "text/calendar; charset=utf-8", calendar()).status()).isEqualTo(200);
    }

    @Test
    void aMunicipalityWhoseAgreementWithAJourHasEndedNoLongerBelongsToIt() {
        assertThat(centre.post(AGREEMENTS, "/api/social/jours", "{\"id\": \"malaroarna\", \"name\": \"Socialjour Mälaröarna\","
                + " \"number\": \"08-465 004 60\", \"hours\": \"kvällar\"}").status()).isEqualTo(201);
        assertThat(centre.post(AGREEMENTS, "/api/social/agreements", "{\"municipality\": \"0125\", \"jourId\": \"malaroarna\","
                + " \"kind\": \"EXTENDED\", \"validFrom\": \"2020-01-01\", \"validUntil\": \"2021-01-01\"}").status()).isEqualTo(201);
        String change = "{\"name\": \"Socialjour Mälaröarna\", \"number\": \"08-465 004 61\"}";
        assertForbidden(centre.put(EKERO, "/api/social/jours/malaroarna", change), "ended agreement");
        assertForbidden(centre.get(EKERO, "/api/social/jours/malaroarna/roster"), "ended agreement");
        assertThat(centre.get(EKERO, "/api/social/agreements/0125/2020-01-01").status()).as("their own history").isEqualTo(200);

        assertThat(centre.post(AGREEMENTS, "/api/social/agreements", "{\"municipality\": \"0125\", \"jourId\": \"malaroarna\","
                + " \"kind\": \"EXTENDED\", \"validFrom\": \"2026-01-01\"}").status()).isEqualTo(201);
        assertThat(centre.put(EKERO, "/api/social/jours/malaroarna", change).status())
                .as("an agreement still to come: they prepare the jour").isEqualTo(200);
    }

    private static void assertForbidden(AccessClient.Answer answer, String what) {
        assertThat(answer.status()).as("%s: %s", what, answer.body()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContain("Stockholm", "0180", "stockholm", "+46846500490", "Exception");
    }

    private static String shift(String start) {
        return "{\"shifts\": [{\"start\": \"" + start + "\", \"end\": \"" + start.replace("T16:00", "T23:00")
                + "\", \"person\": \"Anna Berg\", \"number\": \"070-174 06 30\"}]}";
    }

    private static String closed(String id) {
        return "{\"id\": \"" + id + "\", \"from\": \"2025-06-01T08:00\", \"to\": \"2025-06-01T12:00\", \"close\": true}";
    }

    private static String calendar() {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Larmcentral test//Jourlista//SV\r\n"
                + "BEGIN:VEVENT\r\nUID:access@test\r\nDTSTAMP:20251101T120000Z\r\nSUMMARY:Socialjour\r\n"
                + "DTSTART:20250403T140000Z\r\nDTEND:20250403T210000Z\r\n"
                + "ATTENDEE;CN=Bo Ek:tel:+46701740631\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }
}
