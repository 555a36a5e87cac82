package se.larmcentral.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.larmcentral.centre.accounts.Role;
import se.larmcentral.server.TestAccounts;

import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Move-up advice in the dispatcher's view (DMEXCLP over the demo fleet, each station one share of demand): when
 * Värmdö's ambulances are both taken, Värmdö has no free ambulance within 10 minutes; the advice proposes moving one
 * there with its reason, the dispatcher applies it, and the unit drives there (available mobile, counted at Värmdö).
 */
class MoveUpAdviceTest {

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo().with("LARM_DISPATCH_MOVE_UP_POLICY", "dmexclp");

    private static final String VARMDO = "varmdo";

    @Test
    void aProposalAppearsWhenAStationIsLeftUncoveredAndTheDispatcherSendsTheUnit() {
        ConsoleCentre centre = console.centre();
        JsonNode before = centre.read("/api/dispatch/move-up");
        assertThat(before.get("policy").asText()).isEqualTo("dmexclp");
        assertThat(before.get("demandFrom").asText()).isEqualTo("stations");
        assertThat(toStations(before)).as("Värmdö has its own ambulances").doesNotContain(VARMDO);

        Page page = console.open("dispatch");
        assertThat(console.byTestId("moveup-box")).isVisible();
        assertThat(page.locator("[data-testid=moveup-proposal][data-station-id=" + VARMDO + "]")).hasCount(0);

        for (String unit : List.of("AMB-152", "AMB-153")) {
            centre.write("/api/dispatch/units/" + unit + "/status", "{\"status\": \"TEMPORARILY_UNAVAILABLE\","
                    + " \"reason\": \"sanering\", \"expectedBackAt\": \"" + centre.clock.instant().plusSeconds(3600) + "\"}", 200);
        }

        Locator proposal = page.locator("[data-testid=moveup-proposal][data-station-id=" + VARMDO + "]");
        assertThat(proposal).isVisible();
        // the policy's reason, in the reader's Swedish
        assertThat(proposal.getByTestId("moveup-reason")).containsText("till Ambulansstation Värmdö (Gustavsberg)");
        assertThat(proposal.getByTestId("moveup-reason")).containsText("förväntad täckt efterfrågan ökar från");
        assertThat(proposal.getByTestId("moveup-reason")).containsText("har ingen ledig enhet inom sin tidsgräns nu");
        String unitId = proposal.getAttribute("data-unit-id");
        assertThat(unitId).isNotIn("AMB-152", "AMB-153");
        console.screenshot("move-up-proposed");

        proposal.getByTestId("moveup-apply").click();

        Locator row = page.locator("[data-testid=unit-row][data-unit-id=" + unitId + "]");
        assertThat(row.getByTestId("unit-status")).hasText("Ledig mobil");
        JsonNode unit = centre.read("/api/dispatch/units/" + unitId);
        assertThat(unit.get("status").asText()).isEqualTo("AVAILABLE_MOBILE");
        assertThat(unit.get("stationId").asText()).isEqualTo(VARMDO);
        assertThat(unit.get("homeStationId").asText()).isNotEqualTo(VARMDO);
        // Värmdö is covered again: the advice no longer asks for it
        assertThat(page.locator("[data-testid=moveup-proposal][data-station-id=" + VARMDO + "]")).hasCount(0);
        assertThat(toStations(centre.read("/api/dispatch/move-up"))).doesNotContain(VARMDO);
        console.screenshot("move-up-applied");

        // the crew's terminal says where to stand by
        TestAccounts.createAccount(centre.server, "crew-" + unitId.toLowerCase(), "a crew terminal password",
                Set.of(Role.UNIT_DEVICE), Set.of(), unitId);
        Page terminal = console.pageAs("crew-" + unitId.toLowerCase(), "a crew terminal password");
        console.open(terminal, "crew");
        assertThat(terminal.getByTestId("crew-standby"))
                .containsText("Förflyttning: stå i beredskap vid Ambulansstation Värmdö (Gustavsberg)");
    }

    private static List<String> toStations(JsonNode advice) {
        return StreamSupport.stream(advice.get("proposals").spliterator(), false)
                .map(p -> p.get("toStationId").asText()).toList();
    }
}
