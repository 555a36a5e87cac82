package se.larmcentral.server.crisis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.config.ContractSettings;
import se.larmcentral.config.InvalidSettingException;
import se.larmcentral.config.SettingsLoader;
import se.larmcentral.crisis.contract.CareContract;
import se.larmcentral.crisis.contract.ContractTerms;
import se.larmcentral.server.TestClock;
import se.larmcentral.server.TestServer;

import picocli.CommandLine;
import se.larmcentral.cli.Main;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The regional contract as settings (checked at start), its API (read, record an extension) and its audit (who
 * extended, the hand-over at the end).
 */
class ContractApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Stockholm's contract, extended once to 2016-10-31 in the settings. */
    static Map<String, String> stockholm() {
        Map<String, String> env = new HashMap<>();
        env.put("LARM_CONTRACT_COUNTY_CODE", "01");
        env.put("LARM_CONTRACT_COUNTY_NAME", "Stockholms län");
        env.put("LARM_CONTRACT_START", "2012-11-01");
        env.put("LARM_CONTRACT_END", "2015-12-31");
        env.put("LARM_CONTRACT_EXTENSIONS", "[{newEnd: \"2016-10-31\", decidedOn: \"2015-06-16\", reason: utredning}]");
        env.put("LARM_CONTRACT_RECEIVER_KIND", "REGION");
        env.put("LARM_CONTRACT_RECEIVER_NAME", "Stockholms läns landsting, egen regi");
        env.put("LARM_CONTRACT_RECEIVER_CONTACT", "08-123 456 00");
        return env;
    }

    private static ContractTerms terms(Map<String, String> environment) {
        return ContractSettings.terms(SettingsLoader.load(null, environment).contract());
    }

    @Test
    void byDefaultThereIsNoContractAndTheRemindersAreNinetyThirtySevenAndOneDays() {
        ContractTerms none = terms(Map.of());
        assertThat(none.contracts()).isEmpty();
        assertThat(none.reminders().daysBefore()).containsExactly(90, 30, 7, 1);
    }

    @Test
    void theSettingsGiveTheContractWithItsExtension() {
        CareContract contract = terms(stockholm()).contracts().getFirst();
        assertThat(contract.effectiveEnd()).isEqualTo(LocalDate.parse("2016-10-31"));
        assertThat(contract.endsAt()).isEqualTo(Instant.parse("2016-10-31T23:00:00Z"));
        assertThat(contract.receiver().name()).isEqualTo("Stockholms läns landsting, egen regi");
    }

    @Test
    void theExampleFilesContractSectionIsValid(@TempDir Path dir) throws Exception {
        String example = Files.readString(Path.of("..", "larmcentral.example.yaml"));
        String section = example.substring(example.indexOf("\ncontract:"));
        Path file = dir.resolve("contract.yaml");
        Files.writeString(file, section);
        CareContract contract = ContractSettings.terms(SettingsLoader.load(file, Map.of()).contract()).contracts()
                .getFirst();
        assertThat(contract.effectiveEnd()).isEqualTo(LocalDate.parse("2016-10-31"));
        assertThat(contract.extensions()).hasSize(1);
    }

    @Test
    void aBadContractStopsStartUpNamingTheSetting() {
        Map<String, String> endFirst = stockholm();
        endFirst.put("LARM_CONTRACT_END", "2012-10-01");
        assertThatThrownBy(() -> SettingsLoader.load(null, endFirst)).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("'contract.end'");
        Map<String, String> shorter = stockholm();
        shorter.put("LARM_CONTRACT_EXTENSIONS", "[{newEnd: \"2016-10-31\", decidedOn: \"2015-06-16\", reason: a},"
                + " {newEnd: \"2016-06-30\", decidedOn: \"2016-01-10\", reason: b}]");
        assertThatThrownBy(() -> SettingsLoader.load(null, shorter)).hasMessageContaining("'contract.extensions[1].newEnd'")
                .hasMessageContaining("may not shorten");
        Map<String, String> badKind = stockholm();
        badKind.put("LARM_CONTRACT_RECEIVER_KIND", "COMPANY");
        assertThatThrownBy(() -> SettingsLoader.load(null, badKind)).hasMessageContaining("'contract.receiver.kind'");
        Map<String, String> noContact = stockholm();
        noContact.put("LARM_CONTRACT_RECEIVER_CONTACT", "");
        assertThatThrownBy(() -> SettingsLoader.load(null, noContact)).hasMessageContaining("'contract.receiver.contact'");
        Map<String, String> badDate = stockholm();
        badDate.put("LARM_CONTRACT_START", "1 november 2012");
        assertThatThrownBy(() -> SettingsLoader.load(null, badDate)).hasMessageContaining("'contract.start'")
                .hasMessageContaining("yyyy-mm-dd");
        Map<String, String> badCounty = stockholm();
        badCounty.put("LARM_CONTRACT_COUNTY_CODE", "AB");
        assertThatThrownBy(() -> SettingsLoader.load(null, badCounty)).hasMessageContaining("'contract.countyCode'");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_CONTRACT_REMINDER_DAYS", "[30, 0]")))
                .hasMessageContaining("'contract.reminderDays[1]'");
    }

    @Test
    void theSupervisorSeesTheContractRecordsAnExtensionAndTheAuditShowsItAndTheHandOver(@TempDir Path dir)
            throws Exception {
        TestClock clock = new TestClock(Instant.parse("2016-10-31T12:00:00Z"));
        try (TestServer centre = new TestServer(dir, stockholm(), clock)) {
            String supervisor = centre.tokenFor("supervisor-anna", Role.SUPERVISOR);
            String dispatcher = centre.tokenFor("dispatcher-bo", Role.DISPATCHER);

            JsonNode view = read(centre.get("/api/crisis/contract", supervisor));
            JsonNode contract = view.get("contracts").get(0);
            assertThat(contract.get("countyCode").asText()).isEqualTo("01");
            assertThat(contract.get("endsAt").asText()).isEqualTo("2016-10-31T23:00:00Z");
            assertThat(contract.get("endText").asText()).isEqualTo("2016-10-31 24:00");
            assertThat(contract.get("inForce").asBoolean()).isTrue();
            assertThat(contract.get("daysLeft").asLong()).isEqualTo(1);
            assertThat(contract.get("reminder").get("daysBefore").asInt()).isEqualTo(1);

            // bad input: named, nothing recorded
            HttpResponse<String> shorter = centre.post("/api/crisis/contract/01/extensions",
                    "{\"newEnd\": \"2016-10-30\", \"decidedOn\": \"2016-10-20\", \"reason\": \"kortare\"}", supervisor);
            assertThat(shorter.statusCode()).isEqualTo(409);
            assertThat(shorter.body()).contains("may not shorten");
            HttpResponse<String> badDate = centre.post("/api/crisis/contract/01/extensions",
                    "{\"newEnd\": \"30/11/2016\", \"decidedOn\": \"2016-10-20\", \"reason\": \"x\"}", supervisor);
            assertThat(badDate.statusCode()).isEqualTo(400);
            assertThat(badDate.body()).contains("newEnd").doesNotContain("Exception");
            assertThat(centre.post("/api/crisis/contract/02/extensions",
                    "{\"newEnd\": \"2016-11-30\", \"decidedOn\": \"2016-10-20\", \"reason\": \"x\"}", supervisor)
                    .statusCode()).isEqualTo(404);
            assertThat(centre.post("/api/crisis/contract/01/extensions",
                    "{\"newEnd\": \"2016-11-30\", \"decidedOn\": \"2016-10-20\", \"reason\": \"x\"}", dispatcher)
                    .statusCode()).isEqualTo(403);

            HttpResponse<String> extended = centre.post("/api/crisis/contract/01/extensions",
                    "{\"newEnd\": \"2016-11-30\", \"decidedOn\": \"2016-10-20\", \"reason\": \"övergången försenad\"}",
                    supervisor);
            assertThat(extended.statusCode()).as(extended.body()).isEqualTo(201);
            assertThat(read(extended).get("effectiveEnd").asText()).isEqualTo("2016-11-30");
            assertThat(read(extended).get("extensions")).hasSize(2);

            // an incident before the new end; at the end it is handed over by the contract timer
            HttpResponse<String> made = centre.post("/api/dispatch/incidents", "{\"incidentId\": \"INC-1\","
                    + " \"position\": {\"lat\": 59.3326, \"lon\": 18.0649}, \"priority\": 1, \"neededType\": \"AMBULANCE\"}",
                    dispatcher);
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            clock.advance(Duration.between(clock.instant(), Instant.parse("2016-11-30T23:00:00Z")));
            centre.server.centre().contractTimer().tick(); // as the scheduler does at the instant
            HttpResponse<String> refused = centre.post("/api/dispatch/incidents", "{\"incidentId\": \"INC-2\","
                    + " \"position\": {\"lat\": 59.3326, \"lon\": 18.0649}, \"priority\": 1, \"neededType\": \"AMBULANCE\"}",
                    dispatcher);
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(refused.body()).contains("avtalet om ambulanssjukvård för Stockholms län (01) upphörde 2016-11-30 24:00");
            JsonNode after = read(centre.get("/api/crisis/contract", supervisor)).get("contracts").get(0);
            assertThat(after.get("handedOver")).hasSize(1);
            assertThat(after.get("handedOver").get(0).asText()).isEqualTo("INC-1");
            assertThat(after.get("daysLeft").asLong()).isZero();

            JsonNode audit = read(centre.get("/api/audit?subject=contract", supervisor)).get("entries");
            assertThat(audit).hasSize(2);
            assertThat(audit.get(0).get("actor").asText()).isEqualTo("supervisor-anna");
            assertThat(audit.get(0).get("event").asText()).isEqualTo("contract.ContractExtended");
            assertThat(audit.get(1).get("actor").asText()).isEqualTo("contract-timer");
            assertThat(audit.get(1).get("subjectId").asText()).isEqualTo("INC-1");
        }

        // the same from the command line, on the stored centre
        Path settings = dir.resolve("larmcentral.yaml");
        Files.writeString(settings, "dataDir: " + dir + "\ncontract:\n  countyCode: \"01\"\n"
                + "  countyName: Stockholms län\n  start: \"2012-11-01\"\n  end: \"2016-10-31\"\n"
                + "  receiver: {kind: REGION, name: Stockholms läns landsting, contact: 08-123 456 00}\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("crisis", "contract", "--at", "2016-12-01T00:00+01:00", "--config", settings.toString());
        assertThat(exit).as(err.toString()).isZero();
        JsonNode printed = read(out.toString()).get("contracts").get(0);
        assertThat(printed.get("effectiveEnd").asText()).isEqualTo("2016-11-30");
        assertThat(printed.get("ended").asBoolean()).isTrue();
        assertThat(printed.get("handedOver").get(0).asText()).isEqualTo("INC-1");

        StringWriter badErr = new StringWriter();
        CommandLine bad = Main.commandLine();
        bad.setErr(new PrintWriter(badErr, true));
        bad.setOut(new PrintWriter(new StringWriter(), true));
        assertThat(bad.execute("crisis", "contract", "--at", "2016-12-01 00:00", "--config", settings.toString()))
                .isEqualTo(2);
        assertThat(badErr.toString()).contains("--at");
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(text, e);
        }
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError(response.statusCode() + " " + response.body(), e);
        }
    }
}
