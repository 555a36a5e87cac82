package se.larmcentral.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.larmcentral.eido.EidoFiles;
import se.larmcentral.eido.EidoSchema;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervisor's contract view after the end (the demo clock's Wednesday 2025-03-12 is the last day): the incident
 * handed over is listed, and its EIDO documents are downloaded as one file for the receiving party, each valid.
 */
class ContractHandOverViewTest {

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo()
            .with("LARM_CONTRACT_COUNTY_CODE", "01")
            .with("LARM_CONTRACT_COUNTY_NAME", "Stockholms län")
            .with("LARM_CONTRACT_START", "2020-01-01")
            .with("LARM_CONTRACT_END", "2025-03-12")
            .with("LARM_CONTRACT_RECEIVER_KIND", "CENTRE")
            .with("LARM_CONTRACT_RECEIVER_NAME", "Larmcentral Syd")
            .with("LARM_CONTRACT_RECEIVER_CONTACT", "010-123 45 67");

    @Test
    void afterTheEndTheSupervisorDownloadsTheHandOversEidoDocuments() throws Exception {
        console.centre().write("/api/dispatch/incidents", "{\"incidentId\": \"INC-END-1\", \"priority\": 2,"
                + " \"position\": {\"lat\": 59.3345, \"lon\": 18.0632}}", 201);
        console.advance(Duration.between(console.centre().clock.instant(), Instant.parse("2025-03-12T23:00:00Z")));
        console.centre().server.centre().contractTimer().tick(); // as the scheduler does at the end instant

        // twelve hours on, the morning's session has ended: the supervisor signs in again
        Page page = console.open(console.pageAs(ConsoleCentre.CONSOLE_USER, ConsoleCentre.CONSOLE_PASSWORD), "contract");
        Locator contract = page.getByTestId("contract-01");
        assertThat(contract.getByTestId("contract-handed-over")).containsText("INC-END-1");
        Download download = page.waitForDownload(() -> contract.getByTestId("contract-hand-over").click());
        assertThat(contract.getByTestId("contract-hand-over-message")).containsText("till Larmcentral Syd");
        console.checkAccessibility(page, "the hand-over's documents ready");
        assertThat(download.suggestedFilename()).isEqualTo("overlamning-01-eido.json");

        JsonNode handOver = new ObjectMapper().readTree(Files.readString(download.path()));
        EidoSchema schema = EidoSchema.load(EidoFiles.schema());
        List<String> ids = new ArrayList<>();
        for (JsonNode document : handOver.get("documents")) {
            assertThat(schema.check(document)).isEmpty();
            ids.add(document.at("/incidentComponent/internalIncidentId").asText());
        }
        assertThat(ids).contains("INC-END-1");
    }
}
