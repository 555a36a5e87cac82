package se.larmcentral.server.console;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.larmcentral.eido.EidoFiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The dispatcher's EIDO exchange in the console: "Lämna över till annan larmcentral" on the chosen incident (it leaves
 * the open incidents), and "Ta emot EIDO": a document that is not an EIDO is refused with each problem listed, NENA's
 * sample read from a file is received as a new incident.
 */
class ExchangeConsoleTest {

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo();

    @Test
    void theDispatcherHandsAnIncidentOverAndReceivesAnEido() throws Exception {
        console.centre().write("/api/dispatch/incidents", "{\"incidentId\": \"INC-HAND-1\", \"priority\": 2,"
                + " \"position\": {\"lat\": 59.3345, \"lon\": 18.0632}}", 201);
        Page page = console.open("dispatch/INC-HAND-1");
        Locator handOver = page.getByTestId("handover");
        assertThat(handOver.getByTestId("handover-submit")).hasText("Lämna över INC-HAND-1");
        page.getByLabel("Larmcentral som tar över").fill("SOS Alarm Uppsala");
        page.getByLabel("Skäl").fill("närmare deras enheter");
        handOver.getByTestId("handover-submit").click();
        assertThat(page.getByTestId("handover-message"))
                .containsText("Uppdrag INC-HAND-1 är överlämnat till SOS Alarm Uppsala");
        assertThat(page.locator("[data-testid=incident-row][data-incident-id=INC-HAND-1]")).hasCount(0);

        Locator receive = page.getByTestId("eido-receive");
        page.getByLabel("EIDO-dokument (JSON)").fill("{\"eidoVersion\": 1}");
        receive.getByTestId("eido-submit").click();
        assertThat(receive.getByTestId("eido-message")).containsText("Dokumentet togs inte emot");
        assertThat(receive.getByTestId("eido-problems").locator("li").first()).containsText("$.");
        console.checkAccessibility(page, "the refused EIDO's problems");
        console.screenshot("eido-refused");

        page.getByLabel("eller läs från fil").setInputFiles(EidoFiles.sample());
        assertThat(page.getByLabel("EIDO-dokument (JSON)")).not().hasValue("");
        receive.getByTestId("eido-submit").click();
        assertThat(receive.getByTestId("eido-message")).containsText("Mottaget som uppdrag EIDO-");
    }
}
