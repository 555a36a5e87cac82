package se.larmcentral.server.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.core.fuzz.Fuzzing;
import se.larmcentral.core.fuzz.Mutator;
import se.larmcentral.server.TestHttp;
import se.larmcentral.server.TestServer;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 8: every command endpoint of the web API (every POST, PUT, PATCH and DELETE that /openapi.json lists,
 * so a new endpoint is fuzzed without a word here) gets seeded mutations of a valid body and of its path's ids, sent
 * with a token of every role. Each answer must be below 500 and free of stack traces and Java type names; a refusal
 * (4xx) must record nothing (the journal's last sequence is unchanged); and the queue, the events and the figures
 * still answer 200 after. One line per endpoint in the output: {@code fuzz POST /api/calls: N inputs, A 2xx, R 4xx}.
 */
class CommandEndpointFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");
    private static final String PIDF = """
            <?xml version="1.0" encoding="UTF-8"?>
            <presence xmlns="urn:ietf:params:xml:ns:pidf" xmlns:gp="urn:ietf:params:xml:ns:pidf:geopriv10"
                      xmlns:gml="http://www.opengis.net/gml" entity="pres:+46701234567@ims.example.se">
              <tuple id="t"><status><gp:geopriv><gp:location-info>
                <gml:Point srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>59.33 18.06</gml:pos></gml:Point>
              </gp:location-info></gp:geopriv></status></tuple>
            </presence>
            """;

    /**
     * A valid body per endpoint where one is known (the rest start from {}): mutations of valid input go deepest.
     * {@code %d} is the round, for ids that must be new.
     */
    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("POST /api/calls", "{\"callId\": \"F-9-%d\", \"dialled\": \"112\", \"callerNumber\": \"+46701234567\","
                    + " \"position\": {\"lat\": 59.33, \"lon\": 18.06, \"uncertaintyMetres\": 25, \"source\": \"AML_SMS\"}}"),
            Map.entry("POST /api/calls/{callId}/classify", "{\"classification\": \"POLICE\", \"note\": \"burglary, åäö\"}"),
            Map.entry("POST /api/calls/{callId}/reclassify", "{\"classification\": \"CARE\", \"closeFollowUps\": true, \"reason\": \"r\"}"),
            Map.entry("POST /api/calls/{callId}/handled", "{\"outcome\": \"connected to the police\"}"),
            Map.entry("POST /api/calls/{callId}/position", "{\"point\": {\"lat\": 59.3326, \"lon\": 18.0649}, \"reason\": \"T-Centralen\"}"),
            Map.entry("POST /api/calls/{callId}/municipality", "{\"code\": \"0125\", \"reason\": \"the caller is on Ekerö\"}"),
            Map.entry("POST /api/calls/{callId}/missing-child-report", "{\"childAge\": 9, \"description\": \"red jacket\"}"),
            Map.entry("POST /api/calls/{callId}/pidf-lo", PIDF),
            Map.entry("POST /api/aml/sms", "A\"ML=1;lt=+59.33456;lg=+018.06321;rd=10;top=20250101120000;lc=68;pm=G;"
                    + "si=240011234567890;ei=356938035643809;mcc=240;mnc=01;ml=129"),
            Map.entry("POST /api/aml/https", "v=3&emergency_number=112&source=call&time=1735732795000&location_latitude="
                    + "59.32938&location_longitude=18.06871&location_time=1735732800000&location_source=gps"
                    + "&location_accuracy=12.5&device_number=%2B46701234567"),
            Map.entry("POST /api/crisis-messages", "{\"messageId\": \"storm-%d\", \"topic\": \"Storm\", \"text\": \"Stay in\"}"),
            Map.entry("POST /api/crisis-messages/{messageId}/withdraw", "{\"reason\": \"the storm has passed\"}"),
            Map.entry("POST /api/warnings", "{\"kind\": \"VMA\", \"category\": \"Fire\", \"urgency\": \"Immediate\","
                    + " \"severity\": \"Severe\", \"certainty\": \"Observed\", \"validHours\": 6, \"texts\":"
                    + " [{\"language\": \"sv-SE\", \"event\": \"Brand\", \"headline\": \"Gå inomhus\", \"description\": \"Rök\"}],"
                    + " \"areas\": [{\"description\": \"Solna\", \"municipalityCodes\": [\"0184\"], \"polygons\":"
                    + " [[\"59.36,17.98\", \"59.37,18.03\", \"59.35,18.04\", \"59.36,17.98\"]]}]}"),
            Map.entry("POST /api/warnings/{identifier}/cancel", "{\"reason\": \"fel\"}"),
            Map.entry("POST /api/major-incidents", "{\"type\": \"FIRE\", \"municipalities\": [\"0180\"], \"polygon\":"
                    + " [{\"lat\": 59.30, \"lon\": 18.02}, {\"lat\": 59.30, \"lon\": 18.11}, {\"lat\": 59.32, \"lon\": 18.11}],"
                    + " \"expectedEnd\": \"2030-01-01T00:00:00Z\", \"callTakerText\": \"Brand\", \"callerText\": \"Vi vet om branden.\"}"),
            Map.entry("POST /api/major-incidents/{majorIncidentId}/amend", "{\"callerText\": \"Branden är släckt.\", \"reason\": \"r\"}"),
            Map.entry("POST /api/major-incidents/{majorIncidentId}/end", "{\"reason\": \"over\"}"),
            Map.entry("POST /api/dispatch/incidents", "{\"incidentId\": \"STHLM-%d\", \"position\": {\"lat\": 59.3250,"
                    + " \"lon\": 18.0700}, \"priority\": 1}"),
            Map.entry("POST /api/dispatch/incidents/{incidentId}/assign", "{\"unitId\": \"AMB-101\"}"),
            Map.entry("POST /api/dispatch/incidents/{incidentId}/redirect", "{\"unitId\": \"AMB-101\", \"reason\": \"nearer\"}"),
            Map.entry("POST /api/dispatch/incidents/{incidentId}/at-patient", "{\"unitId\": \"AMB-101\"}"),
            Map.entry("POST /api/dispatch/incidents/{incidentId}/cancel", "{\"reason\": \"false alarm\"}"),
            Map.entry("POST /api/dispatch/units/{unitId}/status", "{\"status\": \"AVAILABLE_MOBILE\"}"),
            Map.entry("POST /api/dispatch/units/{unitId}/position", "{\"lat\": 59.33, \"lon\": 18.06, \"at\": \"2025-06-10T08:00:00Z\"}"),
            Map.entry("POST /api/shift-log", "{\"text\": \"handover at 07:00\"}"),
            Map.entry("POST /api/social/jours", "{\"id\": \"j%d\", \"name\": \"Jouren\", \"number\": \"08-465 004 00\","
                    + " \"answeredAroundTheClock\": true}"),
            Map.entry("POST /api/social/decisions", "{\"municipality\": \"0180\", \"at\": \"2025-12-24T18:00:00Z\"}"),
            Map.entry("POST /api/social/direct-numbers", "{\"number\": \"08-465 004 90\", \"municipality\": \"0180\"}"),
            Map.entry("POST /api/social/customers", "{\"id\": \"kund-%d\", \"name\": \"Fastighets AB\", \"kind\": \"COMPANY\"}"),
            Map.entry("PUT /api/alarms/customers/{customerId}", "{\"name\": \"Nacka kommun\", \"kind\": \"municipality\","
                    + " \"contractReference\": \"AV-1\", \"onCallNumber\": \"08-718 80 00\"}"),
            Map.entry("PUT /api/alarms/objects/{objectId}", "{\"customerId\": \"x-1\", \"name\": \"Skola\", \"address\":"
                    + " \"Vikdalsvägen 2\", \"lat\": 59.316, \"lon\": 18.155, \"accounts\": [\"AB01\"]}"),
            Map.entry("PUT /api/alarms/objects/{objectId}/plans/{alarmClass}", "{\"steps\": [{\"kind\": \"send_guard\","
                    + " \"instruction\": \"Skicka väktare\"}]}"),
            Map.entry("POST /api/alarms/cases/{caseId}/take", "{\"takeOver\": true}"),
            Map.entry("POST /api/alarms/cases/{caseId}/steps", "{\"step\": 1, \"outcome\": \"answered\", \"note\": \"kommer\"}"),
            Map.entry("POST /api/alarms/cases/{caseId}/close", "{\"reason\": \"false_alarm\", \"note\": \"glömd kod\"}"),
            Map.entry("PUT /api/alarms/rescue-services/{municipalityCode}", "{\"municipality\": \"Nacka\", \"name\":"
                    + " \"Storstockholms brandförsvar\", \"alarmNumber\": \"08-465 005 10\"}"),
            Map.entry("POST /api/alarms/rescue-services/demo", "{}"),
            Map.entry("POST /api/session", "{\"username\": \"nobody\", \"password\": \"wrong\"}"));

    @TempDir
    Path dir;

    private int reconnects;
    private String previous = "nothing";

    @Test
    @Timeout(300)
    void noMutatedCommandAnswers500OrRecordsARefusal() throws Exception {
        Map<String, String> environment = Map.of(
                // the demo's fleet, jours and agreements give the ids in paths something to find; no simulated callers
                "LARM_DEMO", "true", "LARM_DEMO_CALLERS_ENABLED", "false",
                // one token sends thousands of commands: lift the per-account and per-address limits for this test
                "LARM_HTTP_COMMANDS_PER_SECOND_PER_ACCOUNT", "100000", "LARM_HTTP_COMMAND_BURST_PER_ACCOUNT", "100000",
                "LARM_HTTP_COMMANDS_PER_SECOND_PER_ADDRESS", "100000", "LARM_HTTP_COMMAND_BURST_PER_ADDRESS", "100000");
        try (TestServer centre = new TestServer(dir, environment)) {
            assertThat(centre.post("/api/calls", "{\"callId\": \"F-1\", \"dialled\": \"112\"}").statusCode()).isEqualTo(201);
            assertThat(centre.post("/api/calls/F-1/answer", "{}").statusCode()).isEqualTo(200);
            assertThat(centre.post("/api/dispatch/incidents", "{\"incidentId\": \"INC-1\", \"position\": {\"lat\": 59.3250,"
                    + " \"lon\": 18.0700}, \"priority\": 2}").statusCode()).as("incident").isEqualTo(201);
            List<String[]> operations = commandOperations(JSON.readTree(centre.get("/openapi.json").body()));
            assertThat(operations).hasSizeGreaterThan(30);
            Mutator mutator = new Mutator(Fuzzing.seed());
            int perEndpoint = Fuzzing.iterations(40);
            Map<String, int[]> counts = new TreeMap<>();
            int sent = 0;
            for (int round = 0; round <= perEndpoint; round++) {
                for (String[] operation : operations) {
                    String key = operation[0] + " " + operation[1];
                    // a fresh id each round (%d), so a mutation is refused for itself rather than as a duplicate
                    String sample = SAMPLES.getOrDefault(key, "{}").replace("%d", Integer.toString(round));
                    String body = round == 0 ? sample : mutator.mutate(sample);
                    String path = withIds(operation[1], mutator, round == 0);
                    long before = centre.server.centre().loop().lastSequence();
                    HttpResponse<String> answer = send(centre, operation[0], path, body, key);
                    String what = key + " (seed " + Fuzzing.seed() + ", round " + round + ") path " + path + " body "
                            + Fuzzing.shown(body) + " answered " + answer.statusCode() + ": " + answer.body();
                    assertThat(answer.statusCode()).as(what).isLessThan(500);
                    assertThat(answer.body()).as(what).doesNotContain("\tat ", "Exception", "java.", "se.larmcentral.");
                    if (answer.statusCode() >= 400) {
                        // A timer or the process of an earlier command may commit meanwhile (a shift's end, a call's
                        // next step; seen once in a whole run): the refused request itself must have recorded nothing,
                        // so whatever came meanwhile is the system's own.
                        assertThat(centre.server.centre().journal().readAfter(before, 1000))
                                .as("recorded on refusal: " + what)
                                .allSatisfy(row -> assertThat(row.actorKind()).as(row.type() + " by " + row.actorId())
                                        .isEqualTo("SYSTEM"));
                    }
                    counts.computeIfAbsent(key, k -> new int[2])[answer.statusCode() < 400 ? 0 : 1]++;
                    if (++sent % 250 == 0) {
                        assertStillReadable(centre);
                    }
                }
            }
            assertStillReadable(centre);
            counts.forEach((key, c) -> System.out.println("fuzz " + key + ": " + (c[0] + c[1]) + " inputs, " + c[0]
                    + " 2xx, " + c[1] + " 4xx (seed " + Fuzzing.seed() + ")"));
            System.out.println("fuzz web API command endpoints: " + counts.size() + " endpoints, " + sent + " requests, "
                    + reconnects + " sent again on a fresh connection");
        }
    }

    /** Every method but GET/HEAD, as {method, path template}. */
    private static List<String[]> commandOperations(JsonNode openApi) {
        List<String[]> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (!method.equals("get") && !method.equals("head")) {
                    operations.add(new String[] {method.toUpperCase(java.util.Locale.ROOT), path.getKey()});
                }
            });
        }
        return operations;
    }

    /** The path with each {id} filled: the call and ids the test made first, or a mutation of them (../, NUL, ...). */
    private static String withIds(String template, Mutator mutator, boolean plain) {
        Matcher m = PATH_PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = switch (m.group(1)) {
                case "callId" -> "F-1";
                case "unitId" -> "AMB-101";
                case "number" -> "+46846500490";
                case "incidentId" -> "INC-1";
                case "majorIncidentId" -> "major-1";
                case "id" -> "stockholm";
                case "municipality" -> "0180";
                case "validFrom" -> "2017-10-01";
                case "username" -> "fuzz-target";
                case "alarmClass" -> "alarm";
                default -> "x-1";
            };
            String value = plain || mutator.random().nextInt(3) > 0 ? id : mutator.mutate(id);
            m.appendReplacement(out, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)
                    .replace("+", "%20")));
        }
        m.appendTail(out);
        return out.toString();
    }

    private HttpResponse<String> send(TestServer centre, String method, String path, String body, String key) {
        String type = key.endsWith("/pidf-lo") ? "application/pidf+xml"
                : key.startsWith("POST /api/aml/") ? "text/plain" : "application/json";
        HttpRequest.Builder request = HttpRequest.newBuilder(centre.uri(path)).header("Content-Type", type)
                .header("Authorization", "Bearer " + centre.token);
        HttpRequest built = request.method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        String before = previous;
        previous = method + " " + path + " (" + body.length() + " chars)";
        try {
            return centre.send(built);
        } catch (java.io.UncheckedIOException e) {
            // The connection the client reused had been closed by the server after an earlier refusal it answered
            // before reading the whole body (Jetty's way with an oversized body): the same request on a fresh
            // connection must be answered.
            reconnects++;
            if (reconnects <= 5) {
                System.out.println("fuzz: sent again on a fresh connection: " + method + " " + path + " after " + before);
            }
            try (HttpClient fresh = HttpClient.newHttpClient()) {
                return TestHttp.send(fresh, built);
            } catch (java.io.UncheckedIOException again) {
                throw new AssertionError("no answer to " + method + " " + path + " body " + Fuzzing.shown(body), again);
            }
        }
    }

    private static void assertStillReadable(TestServer centre) {
        for (String read : List.of("/api/calls/queue", "/api/events?after=0&limit=50", "/api/calls/F-1",
                "/api/calls/figures/daily?from=2025-01-01&to=2025-01-31", "/api/dispatch/incidents", "/health")) {
            HttpResponse<String> answer = centre.get(read);
            assertThat(answer.statusCode()).as(read + ": " + answer.body()).isEqualTo(200);
        }
    }
}
