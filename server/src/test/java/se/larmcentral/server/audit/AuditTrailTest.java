package se.larmcentral.server.audit;

import java.util.Set;
import java.util.HashMap;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.server.TestAccounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.larmcentral.server.TestHttp;
import se.larmcentral.server.LarmServer;
import se.larmcentral.server.TestClock;
import se.larmcentral.config.SettingsLoader;
import se.larmcentral.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Who changed Värmdö's roster, when, and what did it say before": Värmdö, Nacka and Tyresö are served by Socialjour
 * Sydost; two administrators change Sydost's roster in turn; the audit of Värmdö's roster lists both changes with who,
 * when and the earlier roster, and stops counting Sydost's roster as Värmdö's once Värmdö's agreement with it has ended.
 */
class AuditTrailTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    /** Spring 2025, so that Värmdö's agreement can be ended in June and the test can then move past it. */
    private final TestClock clock = new TestClock(Instant.parse("2025-03-03T09:00:00Z"));
    private LarmServer centre;
    private final Map<String, String> tokens = new HashMap<>();

    private LarmServer start() {
        return LarmServer.start(SettingsLoader.load(null, Map.of("LARM_DATA_DIR", dir.resolve("data").toString(),
                "LARM_HTTP_PORT", "0", "LARM_GEO_GRAPH_CACHE", dir.resolve("graph-cache").toString())), clock);
    }

    /** An API token of an account named {@code actor}, its role read from the name. */
    private String tokenFor(String actor) {
        if (actor.startsWith("auditor-")) {
            return TestAccounts.tokenFor(centre, actor, Set.of(Role.AUDITOR), Set.of(), null);
        }
        if (actor.startsWith("admin-")) {
            return TestAccounts.tokenFor(centre, actor, Set.of(Role.ADMINISTRATOR), Set.of(), null);
        }
        if (actor.equals("agreements-admin")) {
            return TestAccounts.tokenFor(centre, actor, Set.of(Role.AGREEMENTS_ADMIN), Set.of(), null);
        }
        String municipality = actor.startsWith("varmdo-admin") ? "0120" : actor.startsWith("ekero-admin") ? "0125"
                : actor.startsWith("nacka-admin") ? "0182" : null;
        assertThat(municipality).as("a role for the test actor " + actor).isNotNull();
        return TestAccounts.tokenFor(centre, actor, Set.of(Role.MUNICIPALITY_ADMIN), Set.of(municipality), null);
    }

    private HttpResponse<String> send(String actor, String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + centre.port() + path))
                .header("Authorization", "Bearer " + tokens.computeIfAbsent(actor, this::tokenFor));
        if (body != null) {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return TestHttp.send(http, request.build());
    }

    private JsonNode ok(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode post(String actor, String path, String json) {
        return ok(send(actor, "POST", path, "application/json", json));
    }

    private JsonNode audit(String query) {
        return ok(send("auditor-eva", "GET", "/api/audit?" + query, null, null));
    }

    private void setUpSydostAndEkero() {
        post("agreements-admin", "/api/social/jours", "{\"id\": \"sydost\", \"name\": \"Socialjour Sydost\", \"number\": \"08-465 004 10\"}");
        post("agreements-admin", "/api/social/jours", "{\"id\": \"ekero\", \"name\": \"Socialjour Ekerö\", \"number\": \"08-465 004 60\"}");
        for (String code : List.of("0182", "0138", "0120")) {
            post("agreements-admin", "/api/social/agreements", "{\"municipality\": \"" + code + "\", \"jourId\": \"sydost\","
                    + " \"kind\": \"EXTENDED\", \"validFrom\": \"2025-01-01\", \"usesRoster\": true, \"message\": \"Socialjouren har stängt.\","
                    + " \"weekly\": [\"Mon-Sun 16:00-08:00\"]}");
        }
        post("agreements-admin", "/api/social/agreements", "{\"municipality\": \"0125\", \"jourId\": \"ekero\","
                + " \"kind\": \"EXTENDED\", \"validFrom\": \"2025-01-01\", \"usesRoster\": true, \"message\": \"Stängt.\", \"weekly\": [\"Mon-Sun 16:00-08:00\"]}");
    }

    private static String shift(String start, String end, String person, String number) {
        return "{\"start\": \"" + start + "\", \"end\": \"" + end + "\", \"person\": \"" + person + "\", \"number\": \"" + number + "\"}";
    }

    @Test
    void theAuditOfVarmdosRosterShowsWhoChangedItWhenAndWhatItSaidBefore() throws Exception {
        centre = start();
        try {
            setUpSydostAndEkero();
            clock.advance(Duration.ofMinutes(10));
            Instant beforeChanges = clock.instant();
            // first change: Lena puts Anna Berg on the night of 1 December
            post("varmdo-admin-lena", "/api/social/jours/sydost/roster/shifts", "{\"shifts\": ["
                    + shift("2025-12-01T16:00+01:00", "2025-12-02T08:00+01:00", "Anna Berg", "070-174 06 30") + "]}");
            clock.advance(Duration.ofMinutes(5));
            // Ekerö's roster is not Värmdö's
            post("ekero-admin", "/api/social/jours/ekero/roster/shifts", "{\"shifts\": ["
                    + shift("2025-12-01T16:00+01:00", "2025-12-02T08:00+01:00", "Per Ek", "070-174 06 40") + "]}");
            clock.advance(Duration.ofMinutes(5));
            // second change: Olle replaces 1-2 December from a calendar: Bo Ek and Cia Lund instead of Anna Berg
            ok(send("varmdo-admin-olle", "PUT", "/api/social/jours/sydost/roster?from=2025-12-01&to=2025-12-03",
                    "text/calendar", calendar(
                            event("bo", "20251201T160000", "20251202T080000", "Bo Ek", "+46701740631"),
                            event("cia", "20251202T160000", "20251203T080000", "Cia Lund", "+46701740632"))));
            Instant afterChanges = clock.instant();

            JsonNode page = audit("municipality=0120&subject=roster");
            JsonNode entries = page.get("entries");
            assertThat(entries).hasSize(2);
            assertThat(page.get("more").asBoolean()).isFalse();

            JsonNode first = entries.get(0);
            assertThat(first.get("actor").asText()).isEqualTo("varmdo-admin-lena");
            assertThat(first.get("actorKind").asText()).isEqualTo("PERSON");
            assertThat(first.get("event").asText()).isEqualTo("social.RosterShiftsAdded");
            assertThat(first.get("subject").asText()).isEqualTo("roster");
            assertThat(first.get("subjectId").asText()).isEqualTo("sydost");
            assertThat(names(first.get("municipalities"))).containsExactlyInAnyOrder("0120", "0138", "0182");
            assertThat(first.get("before")).isEmpty();
            assertThat(persons(first.get("after"))).containsExactly("Anna Berg");
            Instant firstAt = Instant.parse(first.get("at").asText());
            assertThat(firstAt).isEqualTo(beforeChanges);

            JsonNode second = entries.get(1);
            assertThat(second.get("actor").asText()).isEqualTo("varmdo-admin-olle");
            assertThat(second.get("event").asText()).isEqualTo("social.RosterReplaced");
            assertThat(second.get("sequence").asLong()).isGreaterThan(first.get("sequence").asLong());
            Instant secondAt = Instant.parse(second.get("at").asText());
            assertThat(secondAt).isEqualTo(afterChanges);
            // what it said before: Lena's roster
            assertThat(persons(second.get("before"))).containsExactly("Anna Berg");
            assertThat(second.at("/before/0/start").asText()).isEqualTo("2025-12-01T15:00:00Z");
            assertThat(second.at("/before/0/number/e164").asText()).isEqualTo("+46701740630");
            assertThat(persons(second.get("after"))).containsExactly("Bo Ek", "Cia Lund");
            assertThat(second.get("summary").asText()).contains("replaced the roster of jour sydost",
                    "before 1 shift (Anna Berg 2025-12-01 16:00 to 2025-12-02 08:00)", "after 2 shifts", "Bo Ek");

            // by actor, and by time
            assertThat(audit("municipality=0120&subject=roster&actor=varmdo-admin-olle").get("entries"))
                    .singleElement().satisfies(e -> assertThat(e.get("sequence")).isEqualTo(second.get("sequence")));
            assertThat(audit("municipality=0120&subject=roster&to=" + enc(secondAt.toString())).get("entries"))
                    .singleElement().satisfies(e -> assertThat(e.get("actor").asText()).isEqualTo("varmdo-admin-lena"));
            assertThat(audit("municipality=0120&subject=roster&from=" + enc(secondAt.toString())).get("entries"))
                    .singleElement().satisfies(e -> assertThat(e.get("actor").asText()).isEqualTo("varmdo-admin-olle"));
            // Ekerö's change is Ekerö's
            assertThat(audit("municipality=0125&subject=roster").get("entries")).singleElement()
                    .satisfies(e -> assertThat(e.get("actor").asText()).isEqualTo("ekero-admin"));
            // paging
            JsonNode firstPage = audit("municipality=0120&subject=roster&limit=1");
            assertThat(firstPage.get("entries")).hasSize(1);
            assertThat(firstPage.get("more").asBoolean()).isTrue();
            assertThat(audit("municipality=0120&subject=roster&after=" + firstPage.get("next").asLong()).get("entries"))
                    .singleElement().satisfies(e -> assertThat(e.get("actor").asText()).isEqualTo("varmdo-admin-olle"));

            // Värmdö leaves Sydost on 1 June: Sydost's roster changes after that are no longer Värmdö's
            post("agreements-admin", "/api/social/agreements/0120/2025-01-01/end", "{\"validUntil\": \"2025-06-01\"}");
            clock.advance(Duration.ofDays(120));
            // (Värmdö's administrator may no longer change it either: Nacka's does)
            post("nacka-admin", "/api/social/jours/sydost/roster/shifts", "{\"shifts\": ["
                    + shift("2025-12-05T16:00+01:00", "2025-12-06T08:00+01:00", "Dan Berg", "070-174 06 33") + "]}");
            assertThat(audit("municipality=0120&subject=roster").get("entries")).hasSize(2);
            assertThat(audit("municipality=0182&subject=roster").get("entries")).hasSize(3);
            JsonNode ended = audit("municipality=0120&subject=agreement&actor=agreements-admin").get("entries");
            assertThat(ended).hasSize(2); // signed, then ended
            assertThat(ended.get(1).get("event").asText()).isEqualTo("social.AgreementEnded");
            assertThat(ended.get(1).at("/before/validUntil").isNull()).isTrue();
            assertThat(ended.get(1).at("/after/validUntil").asText()).isEqualTo("2025-06-01");
            assertThat(ended.get(1).get("summary").asText()).contains("valid until 2025-06-01 (was open end)");

            // everything about Värmdö: its agreement and the jour definition did not name it yet; the roster changes did,
            // and so did making Lena and Olle Värmdö's administrators (each an account and an API token, by the test's setup)
            JsonNode all = audit("municipality=0120").get("entries");
            assertThat(all).extracting(e -> e.get("subject").asText() + " " + e.get("subjectId").asText())
                    .containsExactly("agreement 0120/2025-01-01", "accounts varmdo-admin-lena", "accounts varmdo-admin-lena",
                            "roster sydost", "accounts varmdo-admin-olle", "accounts varmdo-admin-olle", "roster sydost",
                            "agreement 0120/2025-01-01");
        } finally {
            centre.close();
        }

        // the same from the command line, on the stored centre
        Path settings = Files.writeString(dir.resolve("larmcentral.yaml"), "dataDir: " + dir.resolve("data") + "\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("audit", "--municipality", "0120", "--subject", "roster", "--config", settings.toString());
        assertThat(exit).as(err.toString()).isZero();
        JsonNode printed = JSON.readTree(out.toString()).get("entries");
        assertThat(printed).extracting(e -> e.get("actor").asText()).containsExactly("varmdo-admin-lena", "varmdo-admin-olle");
        assertThat(persons(printed.get(1).get("before"))).containsExactly("Anna Berg");

        StringWriter badErr = new StringWriter();
        CommandLine bad = Main.commandLine();
        bad.setErr(new PrintWriter(badErr, true));
        bad.setOut(new PrintWriter(new StringWriter(), true));
        assertThat(bad.execute("audit", "--municipality", "9999", "--config", settings.toString())).isEqualTo(2);
        assertThat(badErr.toString()).contains("--municipality", "9999");
    }

    @Test
    void theAuditOfAccountsShowsWhoMadeSomeoneAMunicipalitysAdministratorAndWhatTheyChangedNeverASecret() {
        centre = start();
        try {
            String password = "Varmdo-Passphrase-4711";
            post("admin-ulla", "/api/accounts", "{\"username\": \"kim\", \"roles\": [\"MUNICIPALITY_ADMIN\"],"
                    + " \"municipalities\": [\"0120\"], \"password\": \"" + password + "\"}");
            clock.advance(Duration.ofMinutes(1));
            ok(send("admin-ulla", "PUT", "/api/accounts/kim/roles", "application/json",
                    "{\"roles\": [\"MUNICIPALITY_ADMIN\"], \"municipalities\": [\"0120\", \"0182\"]}"));
            ok(send("admin-ulla", "PUT", "/api/accounts/kim/password", "application/json",
                    "{\"password\": \"" + password + "-2\"}"));
            JsonNode issued = post("admin-ulla", "/api/accounts/kim/tokens", "{\"name\": \"kim's laptop\"}");
            String token = issued.get("token").asText();
            ok(send("admin-ulla", "DELETE", "/api/accounts/kim/tokens/" + issued.get("tokenId").asText(), null, null));
            post("admin-ulla", "/api/accounts/kim/disable", "");

            HttpResponse<String> answer = send("auditor-eva", "GET", "/api/audit?municipality=0120&subject=accounts", null, null);
            JsonNode entries = ok(answer).get("entries");
            assertThat(entries).extracting(e -> e.get("event").asText()).containsExactly("server.AccountCreated",
                    "server.AccountRolesChanged", "server.AccountPasswordChanged", "server.ApiTokenIssued",
                    "server.ApiTokenRevoked", "server.AccountDisabled");
            assertThat(entries).allSatisfy(e -> {
                assertThat(e.get("actor").asText()).isEqualTo("admin-ulla");
                assertThat(e.get("subject").asText()).isEqualTo("accounts");
                assertThat(e.get("subjectId").asText()).isEqualTo("kim");
            });
            JsonNode created = entries.get(0);
            assertThat(created.get("before").isNull()).isTrue();
            assertThat(names(created.at("/after/municipalities"))).containsExactly("0120");
            assertThat(created.get("summary").asText()).isEqualTo("account kim created with roles [MUNICIPALITY_ADMIN]"
                    + " for [0120], with a password");
            JsonNode roles = entries.get(1);
            assertThat(names(roles.at("/before/municipalities"))).containsExactly("0120");
            assertThat(names(roles.at("/after/municipalities"))).containsExactly("0120", "0182");
            assertThat(names(roles.get("municipalities"))).containsExactly("0120", "0182");
            assertThat(entries.get(2).at("/after/hasPassword").asBoolean()).isTrue();
            assertThat(entries.get(3).get("summary").asText()).contains("kim's laptop", "issued to kim", "does not expire");
            assertThat(entries.get(4).at("/before/revokedAt").isNull()).isTrue();
            assertThat(entries.get(4).at("/after/revokedAt").isNull()).isFalse();
            assertThat(entries.get(5).at("/after/disabled").asBoolean()).isTrue();
            assertThat(answer.body()).doesNotContain(password, "$argon2", token, "secretHash", "passwordHash",
                    se.larmcentral.centre.accounts.TokenSecret.hash(token));

            // Nacka's audit begins when kim became Nacka's administrator too; another municipality sees none of it
            assertThat(audit("municipality=0182&subject=accounts").get("entries")).extracting(e -> e.get("event").asText())
                    .first().isEqualTo("server.AccountRolesChanged");
            assertThat(audit("municipality=0180&subject=accounts").get("entries")).isEmpty();
            // the centre-wide audit lists the accounts without municipalities too (the test's own, made by its setup)
            assertThat(audit("subject=accounts&actor=test-setup").get("entries")).extracting(e -> e.get("subjectId").asText())
                    .contains("admin-ulla", "auditor-eva");
        } finally {
            centre.close();
        }
    }

    @Test
    void badQueriesAreRefusedNamingTheParameter() {
        centre = start();
        try {
            assertProblem(send("auditor-eva", "GET", "/api/audit?municipality=9999", null, null), "municipality");
            assertProblem(send("auditor-eva", "GET", "/api/audit?subject=rosters", null, null), "subject");
            assertProblem(send("auditor-eva", "GET", "/api/audit?from=yesterday", null, null), "from");
            assertProblem(send("auditor-eva", "GET", "/api/audit?from=2025-12-02&to=2025-12-01", null, null), "to");
            assertProblem(send("auditor-eva", "GET", "/api/audit?limit=0", null, null), "limit");
            assertThat(ok(send("auditor-eva", "GET", "/api/audit?municipality=0120&subject=roster,agreement&from=2025-01-01", null, null))
                    .get("entries")).isEmpty();
        } finally {
            centre.close();
        }
    }

    private void assertProblem(HttpResponse<String> answer, String field) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"" + field + "\"");
    }

    private static List<String> persons(JsonNode shifts) {
        List<String> out = new ArrayList<>();
        shifts.forEach(s -> out.add(s.get("person").asText()));
        return out;
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String calendar(String... events) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Larmcentral test//Jourlista//SV\r\n"
                + "BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\n"
                + "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\n"
                + "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
                + "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\n"
                + "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
                + String.join("", events) + "END:VCALENDAR\r\n";
    }

    private static String event(String uid, String start, String end, String person, String number) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20251101T120000Z\r\nSUMMARY:Socialjour\r\n"
                + "DTSTART;TZID=Europe/Stockholm:" + start + "\r\nDTEND;TZID=Europe/Stockholm:" + end + "\r\n"
                + "ATTENDEE;CN=" + person + ":tel:" + number + "\r\nEND:VEVENT\r\n";
    }
}
