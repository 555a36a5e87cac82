package se.larmcentral.server.access;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.TestPrincipals;
import se.larmcentral.centre.accounts.Principal;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.web.Route;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.centre.accounts.Role.*;

/**
 * Every route of the server's own route table against nobody and every role, one principal per role: admitted (any
 * answer but 401 and 403) or refused exactly as the table below says. A route missing from the table fails the test,
 * so a new endpoint forces a decision about who may call it. Scoped roles call with their own municipality (Nacka,
 * 0182, and its jour Sydost), their own unit and their own hospital; other municipalities and units are the other access tests' job.
 */
class AccessMatrixTest {

    /** Nobody on a public route is admitted; on every other route refused with 401. */
    private static final Set<Role> PUBLIC = EnumSet.allOf(Role.class);
    private static final Role[] OPERATORS = {CALL_TAKER, DISPATCHER, NURSE, SUPERVISOR};

    private static final String OWN_MUNICIPALITY = "0182";
    private static final String OWN_NUMBER = "+46846500492";

    /** Who is admitted on each route ("METHOD path" as in the route table). The AUDITOR on every GET, by design. */
    private static final Map<String, Set<Role>> EXPECTED = new LinkedHashMap<>();

    static {
        publicRoute("GET /health");
        publicRoute("GET /ready");
        publicRoute("GET /openapi.json");
        expect("GET /metrics", MONITORING, SUPERVISOR, ADMINISTRATOR, AUDITOR);
        expect("GET /api/cluster", MONITORING, SUPERVISOR, ADMINISTRATOR, AUDITOR);

        // Journal: the floor and the auditor see all of it; the agreements administrator the social events, a
        // municipality administrator those concerning their municipalities (filtered by the server: EventVisibilityTest),
        // a unit device the dispatch events about its unit and its incident (CrewTerminalApiTest), a hospital the
        // pre-alerts to it and those units' statuses (PreAlertApiTest).
        expect("GET /api/events", with(OPERATORS, AGREEMENTS_ADMIN, MUNICIPALITY_ADMIN, UNIT_DEVICE, HOSPITAL, AUDITOR));
        expect("GET /api/events/stream", with(OPERATORS, AGREEMENTS_ADMIN, MUNICIPALITY_ADMIN, UNIT_DEVICE, HOSPITAL, AUDITOR));
        // Shift log: health data, for the floor and the auditor only.
        expect("GET /api/shift-log", with(OPERATORS, AUDITOR));
        expect("POST /api/shift-log", OPERATORS);
        // Desks: an operator takes and leaves their own desk (the ACD offers them calls there); who sits where is the floor's.
        expect("GET /api/desks", with(OPERATORS, AUDITOR));
        expect("GET /api/desks/mine", with(OPERATORS, AUDITOR));
        expect("PUT /api/desks/mine", OPERATORS);
        expect("DELETE /api/desks/mine", OPERATORS);

        // Triage: the interview by call-takers and nurses; only a nurse overrides the index's priority.
        expect("GET /api/triage/index", CALL_TAKER, NURSE, DISPATCHER, SUPERVISOR, MEDICAL_DIRECTOR, AUDITOR);
        expect("GET /api/triage/index/chapters/{chapter}", CALL_TAKER, NURSE, DISPATCHER, SUPERVISOR, MEDICAL_DIRECTOR, AUDITOR);
        expect("GET /api/triage/response-rules", CALL_TAKER, NURSE, DISPATCHER, SUPERVISOR, MEDICAL_DIRECTOR, AUDITOR);
        expect("POST /api/triage/assessments", CALL_TAKER, NURSE);
        expect("GET /api/triage/assessments/{caseId}", CALL_TAKER, NURSE, DISPATCHER, SUPERVISOR, MEDICAL_DIRECTOR, AUDITOR);
        expect("POST /api/triage/assessments/{caseId}/chapter", CALL_TAKER, NURSE);
        expect("POST /api/triage/assessments/{caseId}/answers", CALL_TAKER, NURSE);
        expect("POST /api/triage/assessments/{caseId}/confirm", CALL_TAKER, NURSE);
        expect("POST /api/triage/assessments/{caseId}/override", NURSE);
        expect("POST /api/triage/assessments/{caseId}/reprioritise", CALL_TAKER, NURSE);
        // The medical director alone publishes the index and the region's response rules; the supervisor and the
        // auditor see which versions there are and who published them.
        expect("POST /api/triage/index", MEDICAL_DIRECTOR);
        expect("GET /api/triage/index/versions", SUPERVISOR, MEDICAL_DIRECTOR, AUDITOR);
        expect("POST /api/triage/response-rules", MEDICAL_DIRECTOR);
        expect("GET /api/triage/response-rules/versions", SUPERVISOR, MEDICAL_DIRECTOR, AUDITOR);

        // Dispatch: dispatchers act, the supervisor watches, a unit's device reports for its own unit.
        expect("POST /api/dispatch/incidents", DISPATCHER);
        expect("GET /api/dispatch/incidents", DISPATCHER, SUPERVISOR, AUDITOR);
        expect("GET /api/dispatch/incidents/{incidentId}", DISPATCHER, SUPERVISOR, AUDITOR);
        expect("POST /api/dispatch/incidents/{incidentId}/assign", DISPATCHER);
        expect("POST /api/dispatch/incidents/{incidentId}/redirect", DISPATCHER);
        expect("POST /api/dispatch/incidents/{incidentId}/at-patient", DISPATCHER, UNIT_DEVICE);
        expect("POST /api/dispatch/incidents/{incidentId}/cancel", DISPATCHER);
        expect("GET /api/dispatch/incidents/{incidentId}/recommendation", DISPATCHER, SUPERVISOR, AUDITOR);
        expect("GET /api/dispatch/recommendation", DISPATCHER, SUPERVISOR, AUDITOR);
        expect("GET /api/dispatch/route", DISPATCHER, SUPERVISOR, AUDITOR);
        expect("GET /api/dispatch/hospital", DISPATCHER, SUPERVISOR, AUDITOR);
        expect("GET /api/dispatch/queue", DISPATCHER, SUPERVISOR, AUDITOR);
        expect("GET /api/dispatch/fleet", DISPATCHER, SUPERVISOR, AUDITOR);
        expect("POST /api/dispatch/fleet", SUPERVISOR);
        expect("GET /api/dispatch/flags", DISPATCHER, SUPERVISOR, AUDITOR);
        // Move-up (förflyttning): advice for the floor, the move itself the dispatcher's.
        expect("GET /api/dispatch/move-up", DISPATCHER, SUPERVISOR, AUDITOR);
        expect("POST /api/dispatch/units/{unitId}/relocate", DISPATCHER);
        expect("GET /api/dispatch/units/{unitId}", DISPATCHER, SUPERVISOR, UNIT_DEVICE, AUDITOR);
        expect("POST /api/dispatch/units/{unitId}/position", DISPATCHER, UNIT_DEVICE);
        expect("POST /api/dispatch/units/{unitId}/status", DISPATCHER, UNIT_DEVICE);
        expect("POST /api/dispatch/units/{unitId}/destination", DISPATCHER, UNIT_DEVICE);
        expect("POST /api/dispatch/units/{unitId}/shift/start", DISPATCHER, UNIT_DEVICE);
        expect("POST /api/dispatch/units/{unitId}/shift/end", DISPATCHER, UNIT_DEVICE);
        expect("GET /api/dispatch/units/{unitId}/proposal", DISPATCHER, SUPERVISOR, UNIT_DEVICE, AUDITOR);
        expect("GET /api/dispatch/units/{unitId}/assignment", DISPATCHER, SUPERVISOR, UNIT_DEVICE, AUDITOR);
        // Pre-alerts: the crew sends its hospital one; the hospital reads those to itself only.
        expect("POST /api/dispatch/units/{unitId}/pre-alerts", DISPATCHER, UNIT_DEVICE);
        expect("GET /api/dispatch/hospitals/{hospitalId}/pre-alerts", DISPATCHER, SUPERVISOR, HOSPITAL, AUDITOR);

        // Social: the agreements administrator for every municipality, a municipality administrator for their own.
        expect("GET /api/social/municipalities", CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN, AUDITOR);
        expect("GET /api/social/municipalities/{code}", CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN, MUNICIPALITY_ADMIN, AUDITOR);
        expect("GET /api/social/municipalities/{code}/plan.ics", CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN, MUNICIPALITY_ADMIN, AUDITOR);
        expect("GET /api/social/municipalities/{code}/coverage-gaps", CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN, MUNICIPALITY_ADMIN, AUDITOR);
        expect("GET /api/social/statistics", SUPERVISOR, AGREEMENTS_ADMIN, MUNICIPALITY_ADMIN, AUDITOR);
        expect("GET /api/social/jours", CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN, AUDITOR);
        expect("POST /api/social/jours", AGREEMENTS_ADMIN);
        expect("PUT /api/social/jours/{id}", AGREEMENTS_ADMIN, MUNICIPALITY_ADMIN);
        expect("GET /api/social/jours/{id}/roster", CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN, MUNICIPALITY_ADMIN, AUDITOR);
        expect("POST /api/social/jours/{id}/roster/shifts", AGREEMENTS_ADMIN, MUNICIPALITY_ADMIN);
        expect("PUT /api/social/jours/{id}/roster", AGREEMENTS_ADMIN, MUNICIPALITY_ADMIN);
        expect("POST /api/social/agreements", AGREEMENTS_ADMIN);
        expect("GET /api/social/agreements/{municipality}/{validFrom}", CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN, MUNICIPALITY_ADMIN, AUDITOR);
        expect("POST /api/social/agreements/{municipality}/{validFrom}/end", AGREEMENTS_ADMIN);
        expect("PUT /api/social/agreements/{municipality}/{validFrom}/schedule", AGREEMENTS_ADMIN, MUNICIPALITY_ADMIN);
        expect("PUT /api/social/agreements/{municipality}/{validFrom}/texts", AGREEMENTS_ADMIN, MUNICIPALITY_ADMIN);
        expect("POST /api/social/agreements/{municipality}/{validFrom}/one-off-changes", AGREEMENTS_ADMIN, MUNICIPALITY_ADMIN);
        expect("DELETE /api/social/agreements/{municipality}/{validFrom}/one-off-changes/{changeId}", AGREEMENTS_ADMIN, MUNICIPALITY_ADMIN);
        expect("GET /api/social/direct-numbers", CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN, AUDITOR);
        expect("POST /api/social/direct-numbers", AGREEMENTS_ADMIN, MUNICIPALITY_ADMIN);
        expect("DELETE /api/social/direct-numbers/{number}", AGREEMENTS_ADMIN, MUNICIPALITY_ADMIN);
        expect("GET /api/social/no-agreement-policy", CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN, AUDITOR);
        expect("POST /api/social/no-agreement-policy", AGREEMENTS_ADMIN);
        expect("POST /api/social/decisions", CALL_TAKER, SUPERVISOR);
        // Customers' on-call lines: the agreements administrator; the floor and the auditor read.
        expect("GET /api/social/customers", CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN, AUDITOR);
        expect("POST /api/social/customers", AGREEMENTS_ADMIN);
        expect("GET /api/social/customers/{customer}", CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN, AUDITOR);
        expect("POST /api/social/customers/{customer}/agreements", AGREEMENTS_ADMIN);
        expect("GET /api/social/customers/{customer}/route", CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN, AUDITOR);
        expect("GET /api/social/customers/{customer}/coverage-gaps", CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN, AUDITOR);
        expect("GET /api/social/customers/{customer}/plan.ics", CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN, AUDITOR);

        // Calls: call-takers and the supervisor; telephony and the AML receivers as an integration.
        expect("POST /api/calls", CALL_TAKER, SUPERVISOR, INTEGRATION);
        expect("GET /api/calls/queue", CALL_TAKER, NURSE, SUPERVISOR, AUDITOR);
        expect("GET /api/calls/{callId}", with(OPERATORS, AUDITOR));
        expect("POST /api/calls/{callId}/answer", CALL_TAKER, SUPERVISOR);
        expect("POST /api/calls/{callId}/abandon", CALL_TAKER, SUPERVISOR, INTEGRATION);
        expect("POST /api/calls/{callId}/classify", CALL_TAKER, SUPERVISOR);
        expect("POST /api/calls/{callId}/follow-ups", CALL_TAKER, SUPERVISOR);
        expect("POST /api/calls/{callId}/connect", CALL_TAKER, SUPERVISOR);
        expect("POST /api/calls/{callId}/consult", CALL_TAKER, SUPERVISOR);
        expect("POST /api/calls/{callId}/consult/complete", CALL_TAKER, SUPERVISOR);
        expect("POST /api/calls/{callId}/consult/cancel", CALL_TAKER, SUPERVISOR);
        expect("GET /api/calls/{callId}/connection", with(OPERATORS, AUDITOR));
        expect("POST /api/calls/{callId}/dispatch", CALL_TAKER, DISPATCHER, SUPERVISOR);
        expect("POST /api/calls/{callId}/position", CALL_TAKER, SUPERVISOR);
        expect("POST /api/calls/{callId}/reclassify", CALL_TAKER, SUPERVISOR);
        expect("POST /api/calls/{callId}/municipality", CALL_TAKER, SUPERVISOR);
        expect("POST /api/calls/{callId}/pidf-lo", CALL_TAKER, SUPERVISOR, INTEGRATION);
        expect("POST /api/calls/{callId}/handled", CALL_TAKER, SUPERVISOR);
        expect("POST /api/calls/{callId}/close", CALL_TAKER, SUPERVISOR);
        expect("POST /api/calls/{callId}/missing-child-report", CALL_TAKER, SUPERVISOR);
        expect("POST /api/calls/{callId}/missing-child-report/hand-over", CALL_TAKER, SUPERVISOR);
        expect("GET /api/calls/{callId}/missing-child-report", CALL_TAKER, SUPERVISOR, AUDITOR);
        expect("POST /api/aml/sms", INTEGRATION);
        expect("POST /api/aml/https", INTEGRATION);
        expect("GET /api/calls/figures/live", with(OPERATORS, AUDITOR));
        expect("GET /api/calls/figures/hourly", with(OPERATORS, AUDITOR));
        expect("GET /api/calls/figures/daily", with(OPERATORS, AUDITOR));
        expect("POST /api/crisis-messages", SUPERVISOR);
        expect("POST /api/crisis-messages/{messageId}/withdraw", SUPERVISOR);
        expect("GET /api/crisis-messages", CALL_TAKER, SUPERVISOR, AUDITOR);
        expect("GET /api/crisis-topics", CALL_TAKER, SUPERVISOR, AUDITOR);
        // Public warnings and 113 13 information as CAP: supervisors write (two-person rule), call-takers read; the
        // feed and the published CAP XML need no login (they are what broadcasters and other authorities fetch).
        expect("POST /api/warnings", SUPERVISOR);
        expect("POST /api/warnings/{identifier}/approve", SUPERVISOR);
        expect("POST /api/warnings/{identifier}/publish", SUPERVISOR);
        expect("POST /api/warnings/{identifier}/cancel", SUPERVISOR);
        expect("POST /api/warnings/imported", SUPERVISOR);
        expect("GET /api/warnings", CALL_TAKER, SUPERVISOR, AUDITOR);
        expect("GET /api/warnings/current", CALL_TAKER, SUPERVISOR, AUDITOR);
        expect("GET /api/warnings/imported", CALL_TAKER, SUPERVISOR, AUDITOR);
        publicRoute("GET /api/public/cap/feed.atom");
        publicRoute("GET /api/public/cap/{file}");
        // Major incidents: the supervisor declares, amends and ends; everyone signed in reads them (the banner).
        expect("GET /api/major-incidents", Role.values());
        expect("GET /api/major-incidents/{majorIncidentId}", Role.values());
        expect("POST /api/major-incidents", SUPERVISOR);
        expect("POST /api/major-incidents/{majorIncidentId}/amend", SUPERVISOR);
        expect("POST /api/major-incidents/{majorIncidentId}/end", SUPERVISOR);

        // Sessions: anyone may try to log in; who-am-I and logout for whoever is signed in.
        publicRoute("POST /api/session");
        expect("GET /api/session", Role.values());
        expect("DELETE /api/session", Role.values());

        // The console: its front door for anyone, its settings and map boundaries for whoever is signed in.
        publicRoute("GET /");
        publicRoute("GET /favicon.ico");
        expect("GET /api/console/settings", Role.values());
        expect("GET /api/geo/municipalities", Role.values());
        // The offline map (streets, search, address of a position): the floor's, beside the calls it serves.
        expect("GET /api/geo/streets", with(OPERATORS, AUDITOR));
        expect("GET /api/geo/search", with(OPERATORS, AUDITOR));
        expect("GET /api/geo/address", with(OPERATORS, AUDITOR));
        expect("GET /api/social/municipalities/{code}/plan", CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN, MUNICIPALITY_ADMIN, AUDITOR);
        expect("GET /api/social/municipalities/{code}/holidays", CALL_TAKER, SUPERVISOR, AGREEMENTS_ADMIN, MUNICIPALITY_ADMIN, AUDITOR);

        // The audit of configuration changes: the supervisor and the auditor all of it, the agreements administrator the
        // social configuration, a municipality administrator their own municipality's (AuditAccessTest).
        expect("GET /api/audit", SUPERVISOR, AGREEMENTS_ADMIN, MUNICIPALITY_ADMIN, AUDITOR);

        // Accounts and tokens: the administrator; the auditor reads.
        expect("GET /api/accounts", ADMINISTRATOR, AUDITOR);
        expect("POST /api/accounts", ADMINISTRATOR);
        expect("GET /api/accounts/{username}", ADMINISTRATOR, AUDITOR);
        expect("PUT /api/accounts/{username}/roles", ADMINISTRATOR);
        expect("PUT /api/accounts/{username}/password", ADMINISTRATOR);
        expect("POST /api/accounts/{username}/disable", ADMINISTRATOR);
        expect("POST /api/accounts/{username}/enable", ADMINISTRATOR);
        expect("POST /api/accounts/{username}/unlock", ADMINISTRATOR);
        expect("GET /api/accounts/{username}/tokens", ADMINISTRATOR, AUDITOR);
        expect("POST /api/accounts/{username}/tokens", ADMINISTRATOR);
        expect("DELETE /api/accounts/{username}/tokens/{tokenId}", ADMINISTRATOR);

        // The regional contract: the dispatcher and the supervisor see its end and hand-over; the supervisor or the
        // administrator records an extension decided elsewhere.
        expect("GET /api/crisis/contract", DISPATCHER, SUPERVISOR, ADMINISTRATOR, AUDITOR);
        expect("POST /api/crisis/contract/{countyCode}/extensions", SUPERVISOR, ADMINISTRATOR);
        expect("GET /api/crisis/contract/{countyCode}/hand-over", SUPERVISOR, AUDITOR);
        // Incident exchange with other centres (EIDO): the dispatcher and the supervisor read and receive; only a
        // dispatcher hands an incident over (it cancels the incident here).
        expect("GET /api/incidents/{incidentId}/eido", DISPATCHER, SUPERVISOR, AUDITOR);
        expect("POST /api/incidents/eido", DISPATCHER, SUPERVISOR);
        expect("POST /api/incidents/{incidentId}/hand-over", DISPATCHER);
        // The alarm service: the floor reads received alarms with their plan; the agreements administrator keeps the
        // customers, objects and action plans, which the floor reads too.
        expect("GET /api/alarms/received", CALL_TAKER, DISPATCHER, SUPERVISOR, AUDITOR);
        expect("GET /api/alarms/customers", CALL_TAKER, DISPATCHER, SUPERVISOR, AGREEMENTS_ADMIN, AUDITOR);
        expect("PUT /api/alarms/customers/{customerId}", AGREEMENTS_ADMIN);
        expect("PUT /api/alarms/objects/{objectId}", AGREEMENTS_ADMIN);
        expect("PUT /api/alarms/objects/{objectId}/plans/{alarmClass}", AGREEMENTS_ADMIN);
        // The alarm operator's cases: the floor reads and handles them.
        expect("GET /api/alarms/cases", CALL_TAKER, DISPATCHER, SUPERVISOR, AUDITOR);
        expect("POST /api/alarms/cases/{caseId}/take", CALL_TAKER, DISPATCHER, SUPERVISOR);
        expect("POST /api/alarms/cases/{caseId}/steps", CALL_TAKER, DISPATCHER, SUPERVISOR);
        expect("POST /api/alarms/cases/{caseId}/close", CALL_TAKER, DISPATCHER, SUPERVISOR);
        expect("GET /api/alarms/rescue-services", CALL_TAKER, DISPATCHER, SUPERVISOR, AGREEMENTS_ADMIN, AUDITOR);
        expect("PUT /api/alarms/rescue-services/{municipalityCode}", AGREEMENTS_ADMIN);
        expect("POST /api/alarms/rescue-services/demo", AGREEMENTS_ADMIN);
        expect("GET /api/alarms/figures", CALL_TAKER, DISPATCHER, SUPERVISOR, AUDITOR);

    }

    /** Request details where an empty body or no query would not reach the rule being tested. */
    private static final Map<String, String> QUERIES = Map.of(
            "GET /api/social/statistics", "?municipality=" + OWN_MUNICIPALITY + "&from=2025-01&to=2025-03",
            "GET /api/audit", "?municipality=" + OWN_MUNICIPALITY);
    private static String ownUnit;
    private static String ownHospital;

    @TempDir
    static Path dir;
    private static AccessClient centre;

    @BeforeAll
    static void start() {
        centre = new AccessClient(dir);
        ownUnit = centre.get(TestPrincipals.EVERY_ROLE, "/api/dispatch/fleet").json().get("units").get(0).get("id").asText();
        ownHospital = centre.get(TestPrincipals.EVERY_ROLE, "/api/dispatch/fleet").json().get("hospitals").get(0).get("id").asText();
        assertThat(centre.post(TestPrincipals.EVERY_ROLE, "/api/social/direct-numbers",
                "{\"number\": \"" + OWN_NUMBER + "\", \"municipality\": \"" + OWN_MUNICIPALITY + "\"}").status()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    @Test
    void everyRouteHasADecisionInTheTableAndTheTableNoStaleRow() {
        Set<String> routes = new TreeSet<>();
        centre.server.api().routes().forEach(r -> routes.add(key(r)));
        Set<String> undecided = new TreeSet<>(routes);
        undecided.removeAll(EXPECTED.keySet());
        Set<String> stale = new TreeSet<>(EXPECTED.keySet());
        stale.removeAll(routes);
        assertThat(undecided).as("routes without a row in EXPECTED: decide who may call them").isEmpty();
        assertThat(stale).as("rows in EXPECTED for routes that no longer exist").isEmpty();
    }

    /**
     * server/README.md's table "Access: who may call which route" has a row for every route and none for a route that
     * is gone, and each row names the roles the route's rule admits (and the municipality administrator or unit device
     * exactly when the rule scopes them in), so the document people read stays the server's rule.
     */
    @Test
    void theReadmesAccessTableHasARowForEveryRouteNamingItsRoles() throws java.io.IOException {
        Path readme = Path.of("README.md");
        assertThat(readme).as("server/README.md (tests run in the server module)").exists();
        Map<String, String> rows = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : java.nio.file.Files.readAllLines(readme)) {
            if (line.startsWith("## ")) {
                inSection = line.startsWith("## Access: who may call which route");
            } else if (inSection && line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                String key = cells[1].strip().replace("`", "");
                assertThat(rows.put(key, cells[2].strip())).as("two README rows for " + key).isNull();
            }
        }
        List<String> wrong = new ArrayList<>();
        Set<String> routes = new TreeSet<>();
        for (Route route : centre.server.api().routes()) {
            String key = key(route);
            routes.add(key);
            String admitted = rows.get(key);
            if (admitted == null) {
                wrong.add("no README row for " + key);
                continue;
            }
            if (route.access().isPublic() != admitted.contains("public")) {
                wrong.add(key + ": public is " + route.access().isPublic() + " but the README says '" + admitted + "'");
            }
            if (route.access().admitsAnyPrincipal() != admitted.startsWith("any signed-in principal")) {
                wrong.add(key + ": any signed-in principal is " + route.access().admitsAnyPrincipal()
                        + " but the README says '" + admitted + "'");
            }
            for (Role role : route.access().roles()) {
                if (!admitted.matches(".*\\b" + role.name() + "\\b.*")) {
                    wrong.add(key + ": the README does not name " + role + " in '" + admitted + "'");
                }
            }
            for (Role role : Role.values()) {
                boolean named = admitted.matches(".*\\b" + role.name() + "\\b.*");
                boolean scoped = role == MUNICIPALITY_ADMIN ? route.access().municipalityScope().isPresent()
                        : role == UNIT_DEVICE ? route.access().unitScope().isPresent()
                        : role == HOSPITAL && route.access().hospitalScope().isPresent();
                if (named && !route.access().roles().contains(role) && !scoped) {
                    wrong.add(key + ": the README names " + role + ", which the rule does not admit: '" + admitted + "'");
                }
                if (scoped && !named) {
                    wrong.add(key + ": the README does not name " + role + " (scoped) in '" + admitted + "'");
                }
            }
        }
        Set<String> stale = new TreeSet<>(rows.keySet());
        stale.removeAll(routes);
        stale.forEach(key -> wrong.add("README row for a route that does not exist: " + key));
        assertThat(wrong).as("server/README.md's access table against the route table").isEmpty();
    }

    @Test
    void everyRouteAdmitsExactlyTheRolesOfTheTableAndRefusesEveryoneElse() {
        List<String> wrong = new ArrayList<>();
        for (Route route : centre.server.api().routes()) {
            String key = key(route);
            Set<Role> admitted = EXPECTED.get(key);
            if (admitted == null) {
                continue; // reported by the test above
            }
            String path = concrete(route.path()) + QUERIES.getOrDefault(key, "");
            String body = route.method().name().equals("GET") || route.method().name().equals("DELETE") ? null : body(key);
            AccessClient.Answer nobody = centre.send(null, route.method().name(), path, "application/json", body);
            if (admitted == PUBLIC ? nobody.refused() : nobody.status() != 401) {
                wrong.add(key + " as nobody: " + nobody.status() + " (expected " + (admitted == PUBLIC ? "admitted" : "401") + ")");
            }
            for (Principal principal : principals()) {
                Role role = principal.roles().iterator().next();
                AccessClient.Answer answer = centre.send(principal, route.method().name(), path, "application/json", body);
                boolean shouldAdmit = admitted.contains(role);
                if (shouldAdmit == answer.refused() || (!shouldAdmit && answer.status() != 403)) {
                    wrong.add(key + " as " + role + ": " + answer.status() + " (expected "
                            + (shouldAdmit ? "admitted" : "403") + ") " + abbreviated(answer.body()));
                }
            }
        }
        assertThat(wrong).as("routes that admit or refuse someone other than the table says").isEmpty();
    }

    /** Scoped principals first: an admitted call of another role may change what their scope resolves to. */
    private static List<Principal> principals() {
        List<Principal> all = new ArrayList<>();
        all.add(TestPrincipals.municipalityAdmin("nacka-admin", OWN_MUNICIPALITY));
        all.add(TestPrincipals.unitDevice(ownUnit));
        all.add(TestPrincipals.hospital(ownHospital));
        for (Role role : Role.values()) {
            if (role != MUNICIPALITY_ADMIN && role != UNIT_DEVICE && role != HOSPITAL) {
                all.add(TestPrincipals.roles("matrix-" + role.name().toLowerCase(), role));
            }
        }
        return all;
    }

    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    /** The route's path with realistic values: the scoped roles' own municipality, jour, agreement and unit. */
    private static String concrete(String template) {
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "code", "municipality", "municipalityCode" -> OWN_MUNICIPALITY;
                case "validFrom" -> "2019-01-01";
                case "changeId" -> "nyar-2025";
                case "id" -> "sydost";
                case "number" -> OWN_NUMBER;
                case "unitId" -> ownUnit;
                case "hospitalId" -> ownHospital;
                case "incidentId" -> "INC-MATRIX";
                case "callId" -> "CALL-MATRIX";
                case "caseId" -> "CASE-MATRIX";
                case "chapter" -> "1";
                case "messageId" -> "MSG-MATRIX";
                case "identifier" -> "CAP-MATRIX";
                case "file" -> "CAP-MATRIX.xml";
                case "username" -> "matrix-nobody-of-that-name";
                case "tokenId" -> "tok-matrix";
                case "countyCode" -> "01";
                case "majorIncidentId" -> "major-matrix";
                case "customerId" -> "matrix-customer";
                case "customer" -> "matrix-line";
                case "objectId" -> "matrix-object";
                case "alarmClass" -> "alarm";
                default -> throw new AssertionError("no test value for the path parameter {" + m.group(1) + "} of "
                        + template + ": add one to AccessMatrixTest.concrete");
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    /** A minimal body; creations that a scope reads name the scoped principal's own municipality or unit. */
    private static String body(String key) {
        return switch (key) {
            case "POST /api/social/direct-numbers" -> "{\"municipality\": \"" + OWN_MUNICIPALITY + "\"}";
            case "POST /api/dispatch/incidents/{incidentId}/at-patient" -> "{\"unitId\": \"" + ownUnit + "\"}";
            default -> "{}";
        };
    }

    private static String key(Route route) {
        return route.method().name() + " " + route.path();
    }

    private static void publicRoute(String key) {
        EXPECTED.put(key, PUBLIC);
    }

    private static void expect(String key, Role... roles) {
        if (EXPECTED.put(key, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles)) != null) {
            throw new AssertionError("two rows for " + key);
        }
    }

    private static Role[] with(Role[] group, Role... more) {
        Set<Role> all = EnumSet.noneOf(Role.class);
        all.addAll(List.of(group));
        all.addAll(List.of(more));
        return all.toArray(Role[]::new);
    }

    private static String abbreviated(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "..." : body;
    }
}
