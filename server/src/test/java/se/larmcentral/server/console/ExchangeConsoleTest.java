package se.larmcentral.server.console;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.eido.EidoFiles;
import se.larmcentral.server.TestAccounts;

import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The dispatcher's EIDO exchange in the console: "Lämna över till annan larmcentral" on the chosen incident (it leaves
 * the open incidents), and "Ta emot EIDO": a document that is not an EIDO is refused with each problem listed, NENA's
 * sample read from a file is refused as already received. The supervisor's own "Ta emot EIDO" (in #/supervisor): a
 * broken document's problems named, nothing stored; NENA's sample shown as the new incident with its history.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the supervisor receives NENA's sample, the dispatcher then meets it again
class ExchangeConsoleTest {

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo();

    @Test
    @Order(2)
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

        // NENA's sample, which the supervisor received first: the same incident again is refused, naming who took it
        page.getByLabel("eller läs från fil").setInputFiles(EidoFiles.sample());
        assertThat(page.getByLabel("EIDO-dokument (JSON)")).not().hasValue("");
        receive.getByTestId("eido-submit").click();
        assertThat(receive.getByTestId("eido-message")).containsText("was already imported as EIDO-");
        assertThat(receive.getByTestId("eido-message")).containsText("by eido-chef");
    }

    @Test
    @Order(1)
    void theSupervisorReceivesAnEidoAndSeesItsHistoryOrEveryProblem() {
        TestAccounts.createAccount(console.centre().server, "eido-chef", "the supervisor's password", Set.of(Role.SUPERVISOR),
                Set.of(), null);
        int before = console.centre().read("/api/dispatch/incidents").get("total").asInt();
        Page page = console.open(console.pageAs("eido-chef", "the supervisor's password"), "supervisor");
        Locator panel = page.getByTestId("supervisor-eido");
        assertThat(panel.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                new Locator.GetByRoleOptions().setName("Ta emot EIDO"))).isVisible();

        // broken: the sample without its incident's id and with a status that is no string
        panel.getByLabel("EIDO-dokument (JSON)").fill("{\"$schema\": 1, \"eidoMessageIdentifier\": 42}");
        panel.getByTestId("eido-submit").click();
        assertThat(panel.getByTestId("eido-message")).containsText("Dokumentet togs inte emot");
        Locator problems = panel.getByTestId("eido-problems").locator("li");
        assertThat(problems.first()).containsText("$");
        assertThat(panel.getByTestId("eido-received")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(console.centre().read("/api/dispatch/incidents").get("total").asInt())
                .as("nothing stored").isEqualTo(before);
        console.checkAccessibility(page, "the supervisor's refused EIDO");

        // NENA's sample, read from the shared data (never copied in): the new incident with its history
        panel.getByLabel("eller läs från fil").setInputFiles(EidoFiles.sample());
        assertThat(panel.getByLabel("EIDO-dokument (JSON)")).not().hasValue("");
        panel.getByTestId("eido-submit").click();
        Locator received = panel.getByTestId("eido-received");
        assertThat(received).containsText("Mottaget som uppdrag EIDO-");
        assertThat(received).containsText("Prioritet ");
        assertThat(received).containsText("Historik från ");
        Locator history = received.getByTestId("eido-history").locator("li");
        assertThat(history.first()).containsText("Call urn:emergency:uid:callid:");
        assertThat(received.getByTestId("eido-history")).containsText("Received as EIDO");
        assertThat(panel.getByTestId("eido-problems")).hasCount(0);
        console.checkAccessibility(page, "the supervisor's received EIDO");
        console.screenshot(page, "supervisor-eido-received");
    }
}
