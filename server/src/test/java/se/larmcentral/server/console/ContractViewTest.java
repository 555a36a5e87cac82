package se.larmcentral.server.console;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The supervisor's contract view on the contract's last day (the demo clock's Wednesday 2025-03-12): the end, the
 * days left, the reminder; an extension recorded through the form moves the end; one that would shorten is refused
 * with the server's words.
 */
class ContractViewTest {

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
    void theLastDayIsShownWithItsReminderAndAnExtensionMovesTheEnd() {
        console.open("contract");
        Locator contract = console.byTestId("contract-01");
        assertThat(contract.getByTestId("contract-state")).containsText("Sista dagen");
        assertThat(contract.getByTestId("contract-ends")).containsText("Upphör 2025-03-12 24:00");
        assertThat(contract.getByTestId("contract-reminder"))
                .containsText("avtalet om ambulanssjukvård för Stockholms län (01) upphör 2025-03-12 24:00");
        assertThat(contract.getByTestId("contract-receiver")).containsText("Larmcentral Syd");
        assertThat(contract.getByTestId("contract-handed-over")).hasText("Inga ärenden överlämnade.");

        contract.getByTestId("contract-newEnd").fill("2025-03-11");
        contract.getByTestId("contract-decidedOn").fill("2025-03-10");
        contract.getByTestId("contract-reason").fill("kortare");
        contract.getByTestId("contract-save").click();
        assertThat(contract.getByTestId("contract-message")).containsText("may not shorten");

        contract.getByTestId("contract-newEnd").fill("2025-04-30");
        contract.getByTestId("contract-reason").fill("övergången försenad");
        contract.getByTestId("contract-save").click();
        Locator extended = console.byTestId("contract-01");
        assertThat(extended.getByTestId("contract-extensions")).containsText("Till 2025-04-30 (beslut 2025-03-10): övergången försenad");
        assertThat(extended.getByTestId("contract-state")).containsText("50 dagar kvar");
    }
}
