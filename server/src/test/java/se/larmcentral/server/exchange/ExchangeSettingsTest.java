package se.larmcentral.server.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.config.ExchangeSettings;
import se.larmcentral.config.InvalidSettingException;
import se.larmcentral.config.Settings;
import se.larmcentral.config.SettingsLoader;
import se.larmcentral.core.UnavailableException;
import se.larmcentral.crisis.cap.CapReader;
import se.larmcentral.eido.EidoExchange;
import se.larmcentral.eido.EidoFiles;
import se.larmcentral.eido.EidoSchema;
import se.larmcentral.server.TestClock;
import se.larmcentral.server.TestServer;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The settings {@code exchange.eidoSchema}, {@code exchange.agency}, {@code warnings.capSender} and
 * {@code warnings.capSchema}: their defaults, the check at start, and a running centre that uses them.
 */
class ExchangeSettingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path capSchema() {
        Path xsd = Path.of(System.getProperty("larm.sharedData"), "cap", "CAP-v1.2.xsd");
        assertThat(xsd).as("shared data file %s", xsd.toAbsolutePath()).isRegularFile();
        return xsd;
    }

    @Test
    void theDefaultsNameNoRealAgencyAndTheSharedDataSchema() {
        Settings settings = SettingsLoader.load(null, Map.of());
        assertThat(settings.exchange().agency()).isEqualTo(EidoExchange.DEFAULT_AGENCY);
        assertThat(settings.warnings().capSender()).isEqualTo("larmcentral@larmcentral.se");
        assertThat(settings.warnings().capSchema()).isEmpty();
        assertThat(ExchangeSettings.capSchema(settings.warnings())).isNull();
        assertThat(ExchangeSettings.eidoSchemaFile(settings.exchange())).isEqualTo(EidoSchema.defaultFile());
        assertThat(ExchangeSettings.eidoSchemaFile(settings.exchange())).isEqualTo(EidoFiles.schema());
    }

    @Test
    void aBadValueStopsStartUpNamingTheSetting(@TempDir Path dir) throws Exception {
        for (String agency : new String[] {"", "larm central.se", "localhost", "urn:x", "a..b"}) {
            assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_EXCHANGE_AGENCY", agency)))
                    .as(agency).isInstanceOf(InvalidSettingException.class).hasMessageContaining("'exchange.agency'")
                    .hasMessageContaining("domain name");
        }
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_EXCHANGE_EIDO_SCHEMA",
                dir.resolve("nowhere.yaml").toString()))).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("'exchange.eidoSchema'").hasMessageContaining("nowhere.yaml").hasMessageContaining("missing");
        Path notEido = Files.writeString(dir.resolve("other.yaml"), "openapi: 3.0.0\ncomponents:\n  schemas: {}\n");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_EXCHANGE_EIDO_SCHEMA", notEido.toString())))
                .hasMessageContaining("'exchange.eidoSchema'").hasMessageContaining("EmergencyIncidentDataObjectType");
        for (String sender : new String[] {"", "larm central@x.se", "a,b@x.se", "a<b@x.se", "a&b"}) {
            assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_WARNINGS_CAP_SENDER", sender)))
                    .as(sender).isInstanceOf(InvalidSettingException.class).hasMessageContaining("'warnings.capSender'");
        }
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_WARNINGS_CAP_SCHEMA",
                dir.resolve("CAP.xsd").toString()))).hasMessageContaining("'warnings.capSchema'")
                .hasMessageContaining("CAP.xsd");
        Path notXsd = Files.writeString(dir.resolve("bad.xsd"), "<not a schema");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("LARM_WARNINGS_CAP_SCHEMA", notXsd.toString())))
                .hasMessageContaining("'warnings.capSchema'");

        Settings good = SettingsLoader.load(null, Map.of("LARM_EXCHANGE_EIDO_SCHEMA", EidoFiles.schema().toString(),
                "LARM_EXCHANGE_AGENCY", "larm.region-stockholm.example", "LARM_WARNINGS_CAP_SCHEMA", capSchema().toString()));
        assertThat(good.exchange().agency()).isEqualTo("larm.region-stockholm.example");
        assertThat(ExchangeSettings.capSchema(good.warnings())).isNotNull();
    }

    @Test
    void relativeFilesAreReadAgainstTheSettingsFile(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("schemas"));
        Files.copy(capSchema(), dir.resolve("schemas/CAP-v1.2.xsd"));
        Path file = Files.writeString(dir.resolve("larmcentral.yaml"), "warnings:\n  capSchema: schemas/CAP-v1.2.xsd\n");
        assertThat(SettingsLoader.load(file, Map.of()).warnings().capSchema())
                .isEqualTo(dir.resolve("schemas/CAP-v1.2.xsd").toString());
    }

    @Test
    void aSchemaThatIsNotThereMakesEidoUnavailableNamingTheSetting(@TempDir Path dir) {
        EidoExchange eido = new EidoExchange(dir.resolve("openapi.yaml"), EidoExchange.DEFAULT_AGENCY, "exchange.eidoSchema");
        assertThatThrownBy(eido::schema).isInstanceOf(UnavailableException.class)
                .hasMessageContaining("exchange.eidoSchema").hasMessageContaining(dir.resolve("openapi.yaml").toString());
    }

    @Test
    void aCentreSendsAsItsSenderAndAgencyAndChecksImportedCapAgainstTheSchema(@TempDir Path dir) throws Exception {
        TestClock clock = new TestClock(Instant.parse("2026-12-07T21:00:00Z"));
        Map<String, String> env = Map.of("LARM_EXCHANGE_AGENCY", "larm.region.example",
                "LARM_WARNINGS_CAP_SENDER", "vma@region.example", "LARM_WARNINGS_CAP_SCHEMA", capSchema().toString());
        try (TestServer centre = new TestServer(dir, env, clock)) {
            String supervisor = centre.tokenFor("supervisor-anna", Role.SUPERVISOR);
            String dispatcher = centre.tokenFor("dispatcher-bo", Role.DISPATCHER);
            HttpResponse<String> drafted = centre.post("/api/warnings", """
                    {"kind": "INFORMATION_113_13", "category": "Fire", "urgency": "Immediate", "severity": "Severe",
                     "certainty": "Observed", "expires": "2026-12-08T04:00+01:00",
                     "texts": [{"language": "sv-SE", "event": "Brand", "headline": "Stäng fönster i Solna",
                                "description": "Kraftig rök."}],
                     "areas": [{"description": "Solna", "municipalityCodes": ["0184"]}]}""", supervisor);
            assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
            assertThat(JSON.readTree(drafted.body()).at("/sender").asText()).isEqualTo("vma@region.example");
            HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    centre.uri("/api/public/cap/feed.atom")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(feed.body()).contains("vma@region.example");

            // the reader alone takes these elements in any order; the CAP 1.2 schema does not
            String amber = Files.readString(Path.of(System.getProperty("larm.sharedData"), "cap", "cap_amber_alert_example.xml"));
            String identifier = amber.substring(amber.indexOf("<identifier>"), amber.indexOf("</identifier>") + 13);
            String sender = amber.substring(amber.indexOf("<sender>"), amber.indexOf("</sender>") + 9);
            String swapped = amber.replace(identifier, "@@").replace(sender, identifier).replace("@@", sender);
            assertThat(new CapReader(null, CapReader.DEFAULT_MAX_BYTES).read(swapped.getBytes(StandardCharsets.UTF_8))
                    .sender()).isEqualTo("KARO@CLETS.DOJ.CA.GOV");
            HttpResponse<String> refused = centre.send(HttpRequest.newBuilder(centre.uri("/api/warnings/imported"))
                    .header("Authorization", "Bearer " + supervisor).header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofString(swapped)).build());
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("sender").doesNotContain("Exception");
            assertThat(JSON.readTree(centre.get("/api/warnings/imported", supervisor).body()).get("imported")).isEmpty();

            HttpResponse<String> made = centre.post("/api/dispatch/incidents", "{\"incidentId\": \"INC-1\","
                    + " \"position\": {\"lat\": 59.3326, \"lon\": 18.0649}, \"priority\": 2}", dispatcher);
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            HttpResponse<String> eido = centre.get("/api/incidents/INC-1/eido", dispatcher);
            assertThat(eido.statusCode()).as(eido.body()).isEqualTo(200);
            JsonNode document = JSON.readTree(eido.body());
            assertThat(document.at("/agencyComponent/0/$id").asText()).isEqualTo("larm.region.example");
            assertThat(document.at("/incidentComponent/$id").asText()).endsWith(":larm.region.example");
            assertThat(EidoSchema.load(EidoFiles.schema()).check(document)).isEmpty();
        }
    }
}
