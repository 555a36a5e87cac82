package se.larmcentral.server.warnings;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.crisis.cap.CapSchema;
import se.larmcentral.server.TestAccounts;
import se.larmcentral.server.calls.CallsCentre;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.calls.CallsCentre.assertProblem;

/**
 * Public warnings and 113 13 information over the API: the two-person rule, publish, update, cancel, the public Atom
 * feed and CAP XML (each validated against the CAP 1.2 schema from ../shared/data), import of other authorities' CAP.
 */
class WarningsApiTest {

    static final String DRAFT = """
            {"kind": "INFORMATION_113_13", "category": "Fire", "urgency": "Immediate", "severity": "Severe",
             "certainty": "Observed", "expires": "2026-12-08T04:00+01:00",
             "texts": [{"language": "sv-SE", "event": "Brand", "headline": "Stäng fönster i Solna",
                        "description": "Kraftig rök från en brand i Solna.", "instruction": "Gå inomhus."}],
             "areas": [{"description": "Solna", "municipalityCodes": ["0184"],
                        "polygons": [["59.36,17.98", "59.37,18.03", "59.35,18.04", "59.36,17.98"]]}]}
            """;

    @TempDir
    Path dir;

    private CallsCentre centre;
    private String second;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        centre = new CallsCentre(dir, Instant.parse("2026-12-07T21:00:00Z"));
        second = TestAccounts.tokenFor(centre.server, "supervisor-2", Set.of(Role.SUPERVISOR), Set.of(), null);
    }

    @AfterEach
    void stop() {
        if (centre != null) {
            centre.close();
        }
    }

    private static CapSchema schema() {
        String root = System.getProperty("larm.sharedData");
        assertThat(root).as("system property larm.sharedData (set by the parent POM)").isNotBlank();
        Path xsd = Path.of(root, "cap", "CAP-v1.2.xsd");
        assertThat(xsd).as("shared data file %s", xsd.toAbsolutePath()).isRegularFile();
        return CapSchema.load(xsd);
    }

    private HttpResponse<String> anonymous(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + centre.server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void twoPeoplePublishUpdateAndCancelAndThePublicReadsValidCap() throws Exception {
        JsonNode drafted = centre.write("/api/warnings", DRAFT, 201);
        String id = drafted.get("identifier").asText();
        assertThat(drafted.at("/drafted/by").asText()).isEqualTo(TestAccounts.OPERATOR);
        assertThat(anonymous("/api/public/cap/" + id + ".xml").statusCode()).as("a draft is not public").isEqualTo(404);

        long before = centre.lastSequence();
        assertProblem(centre.post("/api/warnings/" + id + "/approve", "{}"), 409, "approvedBy", "two-person rule");
        assertThat(centre.lastSequence()).isEqualTo(before);
        assertProblem(centre.post("/api/warnings/" + id + "/publish", "{}"), 409, "identifier", "approve it first");
        assertThat(CallsCentre.ok(centre.postAs(second, "/api/warnings/" + id + "/approve", "{}"), 200)
                .at("/approved/by").asText()).isEqualTo("supervisor-2");
        centre.clock.advance(Duration.ofMinutes(1));
        centre.write("/api/warnings/" + id + "/publish", "{}", 200);

        assertThat(centre.read("/api/warnings/current?municipality=0184").get("warnings").findValuesAsText("identifier"))
                .containsExactly(id);
        assertThat(centre.read("/api/warnings/current?municipality=0180").get("warnings")).isEmpty();
        assertProblem(centre.get("/api/warnings/current?municipality=184"), 400, "municipality");

        // 113 13: the published information is the crisis message call-takers read for the caller's municipality
        JsonNode read = centre.read("/api/crisis-messages?area=0184").get("messages");
        assertThat(field(read, "id")).containsExactly(id);
        assertThat(read.get(0).get("text").asText()).startsWith("Stäng fönster i Solna\n\nKraftig rök");
        assertThat(read.get(0).get("approvedBy").asText()).isEqualTo("supervisor-2");

        HttpResponse<String> feed = anonymous("/api/public/cap/feed.atom");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        assertThat(feed.body()).contains("href=\"" + id + ".xml\"").contains("113 13: Stäng fönster i Solna");
        HttpResponse<String> cap = anonymous("/api/public/cap/" + id + ".xml");
        assertThat(cap.statusCode()).isEqualTo(200);
        assertValid(cap.body());
        assertThat(cap.body()).contains("<msgType>Alert</msgType>").contains("<value>0184</value>");

        // an update: drafted by the second supervisor, approved by the first, replaces the message when published
        JsonNode update = CallsCentre.ok(centre.postAs(second, "/api/warnings",
                DRAFT.replace("{\"kind\"", "{\"references\": \"" + id + "\", \"kind\"").replace("Stäng fönster", "Öppna fönster")), 201);
        String updateId = update.get("identifier").asText();
        centre.write("/api/warnings/" + updateId + "/approve", "{}", 200);
        centre.write("/api/warnings/" + updateId + "/publish", "{}", 200);
        assertThat(field(centre.read("/api/crisis-messages?area=0184").get("messages"), "id")).containsExactly(updateId);
        JsonNode all = centre.read("/api/warnings").get("warnings");
        assertThat(field(all, "stage")).containsExactly("PUBLISHED", "UPDATED");
        String updateXml = anonymous("/api/public/cap/" + updateId + ".xml").body();
        assertValid(updateXml);
        assertThat(updateXml).contains("<msgType>Update</msgType>").contains("," + id + ",");
        assertValid(anonymous("/api/public/cap/" + id + ".xml").body());

        JsonNode cancelled = centre.write("/api/warnings/" + updateId + "/cancel", "{\"reason\": \"Branden är släckt\"}", 200);
        assertThat(cancelled.get("stage").asText()).isEqualTo("CANCELLED");
        String cancelId = cancelled.get("cancelIdentifier").asText();
        String cancelXml = anonymous("/api/public/cap/" + cancelId + ".xml").body();
        assertValid(cancelXml);
        assertThat(cancelXml).contains("<msgType>Cancel</msgType>").contains("<note>Branden är släckt</note>");
        assertThat(centre.read("/api/crisis-messages?area=0184").get("messages")).isEmpty();
        String after = anonymous("/api/public/cap/feed.atom").body();
        assertThat(after).contains(cancelId + ".xml").doesNotContain("href=\"" + updateId + ".xml\"");
        assertThat(centre.read("/api/warnings/current").get("warnings")).isEmpty();
        assertProblem(anonymous("/api/public/cap/nothing.xml"), 404, "identifier");

        // the audit: who drafted, approved, published and cancelled, for the municipality of the message's area
        JsonNode audit = centre.read("/api/audit?subject=warnings&municipality=0184").get("entries");
        assertThat(field(audit, "event")).containsExactly("crisis.WarningDrafted", "crisis.WarningApproved",
                "crisis.WarningPublished", "crisis.WarningDrafted", "crisis.WarningApproved", "crisis.WarningPublished",
                "crisis.WarningCancelled");
        assertThat(field(audit, "actor")).containsExactly(TestAccounts.OPERATOR, "supervisor-2",
                TestAccounts.OPERATOR, "supervisor-2", TestAccounts.OPERATOR, TestAccounts.OPERATOR, TestAccounts.OPERATOR);
        assertThat(audit.get(1).get("summary").asText()).contains("approved (drafted by " + TestAccounts.OPERATOR + ")");
        assertThat(audit.get(5).get("summary").asText()).contains("published, replacing " + id);
        assertThat(audit.get(6).get("summary").asText()).contains("by CAP Cancel " + cancelId + ": Branden är släckt");
        assertThat(centre.read("/api/audit?subject=warnings&municipality=0180").get("entries")).isEmpty();
    }

    /** {@code larm crisis warnings list | show} on the stored centre: JSON, and valid CAP XML. */
    @Test
    void theCommandLineListsAndShowsAsCap() throws Exception {
        String id = centre.write("/api/warnings", DRAFT, 201).get("identifier").asText();
        centre.postAs(second, "/api/warnings/" + id + "/approve", "{}");
        centre.write("/api/warnings/" + id + "/publish", "{}", 200);
        centre.close();
        centre = null;
        Path config = Files.writeString(dir.resolve("larm.yaml"), "dataDir: " + dir + "\n");
        String[] listed = larm("crisis", "warnings", "list", "--config", config.toString());
        assertThat(listed[0]).as(listed[2]).isEqualTo("0");
        assertThat(CallsCentre.parse(listed[1]).at("/warnings/0/approved/by").asText()).isEqualTo("supervisor-2");
        String[] shown = larm("crisis", "warnings", "show", id, "--config", config.toString());
        assertThat(shown[0]).as(shown[2]).isEqualTo("0");
        assertValid(shown[1]);
        assertThat(shown[1]).contains("<identifier>" + id + "</identifier>");
        String[] missing = larm("crisis", "warnings", "show", "nothing", "--config", config.toString());
        assertThat(missing[0]).isNotEqualTo("0");
        assertThat(missing[2]).contains("no published CAP message 'nothing'").doesNotContain("Exception");
    }

    private static String[] larm(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cli = se.larmcentral.cli.Main.commandLine();
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        int exit = cli.execute(args);
        return new String[] {Integer.toString(exit), out.toString(), err.toString()};
    }

    private static List<String> field(JsonNode array, String name) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(node -> values.add(node.get(name).asText()));
        return values;
    }

    private static void assertValid(String xml) {
        assertThat(schema().problems(xml.getBytes(StandardCharsets.UTF_8))).as(xml).isEmpty();
    }

    @Test
    void aVmaWithAPolygonAndEnglishTextIsValidCapAndAPolygonOutsideTheRegionIsRefused(@TempDir Path regionDir) throws Exception {
        java.util.Map<String, String> stockholm = new java.util.HashMap<>(CallsCentre.municipalities());
        stockholm.put("LARM_GEO_REGION_COUNTIES", "[\"01\"]");
        try (CallsCentre region = new CallsCentre(regionDir, Instant.parse("2026-12-07T21:00:00Z"), stockholm)) {
            String other = TestAccounts.tokenFor(region.server, "supervisor-2", Set.of(Role.SUPERVISOR), Set.of(), null);
            String vma = DRAFT.replace("INFORMATION_113_13", "VMA").replace("\"municipalityCodes\": [\"0184\"]",
                    "\"municipalityCodes\": []").replace("\"instruction\": \"Gå inomhus.\"}]", "\"instruction\": \"Gå inomhus.\"},"
                    + " {\"language\": \"en-US\", \"event\": \"Fire\", \"headline\": \"Close windows in Solna\","
                    + " \"description\": \"Heavy smoke from a fire in Solna.\", \"instruction\": \"Go indoors.\"}]");
            long before = region.lastSequence();
            // a corner in Göteborg: named by its place in the area, nothing stored
            assertProblem(region.post("/api/warnings", vma.replace("\"59.37,18.03\"", "\"57.7072,11.9668\"")), 400,
                    "areas[0].polygons[0][1]", "outside the centre's region (county 01)");
            assertThat(region.lastSequence()).isEqualTo(before);

            String id = region.write("/api/warnings", vma, 201).get("identifier").asText();
            CallsCentre.ok(region.postAs(other, "/api/warnings/" + id + "/approve", "{}"), 200);
            region.write("/api/warnings/" + id + "/publish", "{}", 200);
            String xml = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + region.server.port()
                    + "/api/public/cap/" + id + ".xml")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            assertValid(xml);
            assertThat(xml).contains("<language>sv-SE</language>").contains("<language>en-US</language>")
                    .contains("<headline>Close windows in Solna</headline>")
                    .contains("<polygon>59.360000,17.980000 59.370000,18.030000 59.350000,18.040000 59.360000,17.980000</polygon>");
        }
    }

    @Test
    void badDraftsNameTheFieldAndStoreNothing() {
        long before = centre.lastSequence();
        assertProblem(centre.post("/api/warnings", DRAFT.replace("\"Fire\"", "\"Flames\"")), 400, "category");
        assertProblem(centre.post("/api/warnings", DRAFT.replace("\"0184\"", "\"184\"")), 400, "areas[0].municipalityCodes[0]");
        assertProblem(centre.post("/api/warnings", DRAFT.replace("2026-12-08T04:00+01:00", "2026-12-07T20:00+01:00")), 400, "expires");
        assertProblem(centre.post("/api/warnings", DRAFT.replace("\"59.36,17.98\"]", "\"59.36,17.99\"]")), 400, "areas[0].polygons[0]");
        assertProblem(centre.post("/api/warnings", DRAFT.replace("INFORMATION_113_13", "SMS")), 400, "kind");
        assertProblem(centre.post("/api/warnings", DRAFT.replace("sv-SE", "de-DE")), 400, "texts");
        assertProblem(centre.post("/api/warnings", DRAFT.replace("\"expires\": \"2026-12-08T04:00+01:00\"", "\"validHours\": 0")),
                400, "validHours");
        assertProblem(centre.post("/api/warnings", DRAFT.replace("\"expires\": \"2026-12-08T04:00+01:00\"",
                "\"expires\": \"2027-06-01T00:00+02:00\"")), 400, "expires", "more than 90 days");
        assertProblem(centre.post("/api/warnings", DRAFT.replace("\"texts\": [", "\"texts\": [null, ")), 400, "texts");
        assertProblem(centre.post("/api/warnings", DRAFT.replace("\"areas\": [", "\"areas\": [null, ")), 400, "areas[0]");
        assertProblem(centre.post("/api/warnings", DRAFT.replace("[\"0184\"]", "[null]")), 400, "areas[0].municipalityCodes[0]");
        assertProblem(centre.post("/api/warnings", DRAFT.replace("[\"0184\"]", "[]")), 400, "areas", "113 13 information needs");
        assertThat(centre.lastSequence()).isEqualTo(before);
    }

    @Test
    void anotherAuthoritysCapImportsAndHostileXmlIsRefusedWithNothingStored() throws Exception {
        Path amber = Path.of(System.getProperty("larm.sharedData"), "cap", "cap_amber_alert_example.xml");
        assertThat(amber).as("shared data file %s", amber.toAbsolutePath()).isRegularFile();
        String xml = Files.readString(amber);
        long before = centre.lastSequence();
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE alert [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>&x;</identifier></alert>";
        assertProblem(centre.post("/api/warnings/imported", "application/xml", xxe), 400, "cap", "DOCTYPE");
        assertProblem(centre.post("/api/warnings/imported", "application/xml",
                xml.replace("<status>Actual</status>", "<status>Real</status>")), 400, "cap", "line 6: status 'Real'");
        assertProblem(centre.post("/api/warnings/imported", "application/xml",
                xml.replace("cap:1.2", "cap:1.1")), 400, "cap", "namespace");
        assertThat(centre.post("/api/warnings/imported", "application/xml", "<a>" + "x".repeat(300_000) + "</a>").statusCode())
                .isEqualTo(413);
        assertThat(centre.lastSequence()).isEqualTo(before);

        JsonNode imported = centre.write("/api/warnings/imported", xml, 201);
        assertThat(imported.at("/warning/identifier").asText()).isEqualTo("KAR0-0306112239-SW");
        assertThat(centre.post("/api/warnings/imported", "application/xml", xml).statusCode()).isEqualTo(200);
        List<String> senders = centre.read("/api/warnings/imported").get("imported").findValuesAsText("sender");
        assertThat(senders).containsExactly("KARO@CLETS.DOJ.CA.GOV");
    }
}
