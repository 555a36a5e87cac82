package se.larmcentral.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A care call from the queue to a unit on scene, in the browser: the call arrives through the API (as the demo's
 * callers and a telephony front post it) and appears live; the call-taker answers and classifies it with the
 * keyboard, the chest-pain criteria give priority 1 with the reasons; the incident is created, the dispatcher
 * alerts the recommended unit, and the unit's status reports (posted as the unit would) appear without a reload.
 */
class CareCallScenarioTest {

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo();

    @Test
    void aChestPainCallBecomesAPriorityOneIncidentAndItsUnitIsFollowedLive() {
        Page page = console.open("calls");
        assertThat(console.byTestId("live-status")).hasAttribute("data-state", "live");
        assertThat(console.byTestId("queue-empty")).isVisible();

        console.centre().write("/api/calls", """
                {"callId": "CARE-1", "dialled": "112", "callerNumber": "070-123 45 67",
                 "position": {"lat": 59.3345, "lon": 18.0632, "uncertaintyMetres": 30, "source": "AML_SMS"}}""", 201);
        Locator item = page.locator("[data-testid=queue-item][data-call-id=CARE-1]");
        assertThat(item).isVisible();
        assertThat(item).containsText("070-123 45 67");
        assertThat(console.byTestId("queue-announce")).containsText("Nytt samtal");
        console.screenshot("calltaker-queue");

        page.keyboard().press("a"); // answer the call waiting longest
        assertThat(console.byTestId("call-state")).hasText("Besvarat");
        assertThat(console.byTestId("call-municipality")).containsText("0180");
        page.keyboard().press("c"); // classify as care
        assertThat(console.byTestId("call-classification")).hasText("Klassat som Vård");

        console.byTestId("answer-yes-conscious").click();
        assertThat(console.byTestId("answer-yes-conscious")).hasCount(0); // recorded: the next question is up
        console.byTestId("answer-yes-breathing-normally").click();
        assertThat(console.byTestId("answer-yes-breathing-normally")).hasCount(0);
        assertThat(console.byTestId("interview-answers")).hasCount(1);
        console.byTestId("chapter-select").selectOption("chest-pain");
        assertThat(console.byTestId("chapter-select")).hasValue("chest-pain");
        console.byTestId("chapter-choose").click();
        assertThat(console.byTestId("interview-chapter")).containsText("Chest pain");
        assertThat(console.byTestId("proposal-settled")).hasText(Pattern.compile("kan ändras"));
        page.keyboard().press("j"); // yes to the first open question: severe central pain
        assertThat(console.byTestId("answer-yes-chest-pain-severe-central")).hasCount(0);
        console.byTestId("answer-yes-chest-pain-over-5-minutes").click();

        assertThat(console.byTestId("proposal-priority")).hasText("1");
        assertThat(console.byTestId("proposal-criterion")).containsText("A.04.01");
        assertThat(console.byTestId("proposal-settled")).hasText("Förslaget är säkert");
        assertThat(console.byTestId("proposal-why")).containsText("A.04.01 matches");
        assertThat(console.byTestId("response-instruction")).containsText("nearest available ambulance");
        page.keyboard().press("Control+Enter"); // confirm the proposed priority
        assertThat(console.byTestId("decided-priority")).containsText("Beslutad prioritet 1 (A.04.01)");
        console.byTestId("create-incident").click();
        assertThat(console.byTestId("incident-created")).hasText("Uppdrag INC-CARE-1 prio 1 skapat");
        console.screenshot("calltaker-care-call");

        console.byTestId("incident-open").click();
        assertThat(console.byTestId("view-dispatch")).isVisible();
        Locator row = page.locator("[data-testid=incident-row][data-incident-id=INC-CARE-1]");
        assertThat(row).containsText("Väntar på enhet");
        JsonNode best = console.centre().read("/api/dispatch/incidents/INC-CARE-1/recommendation").get("candidates").get(0);
        String unitId = best.get("unitId").asText();
        Locator recommended = console.byTestId("assign-recommended");
        assertThat(recommended).hasAttribute("data-unit-id", unitId);
        assertThat(page.locator("[data-testid=candidate]").first().getByTestId("candidate-method"))
                .hasText(best.get("travelEstimated").asBoolean() ? "uppskattad (fågelväg)" : "vägnät");
        console.screenshot("dispatcher-recommendation");

        page.keyboard().press("l"); // alert the recommended unit
        assertThat(row.getByTestId("incident-status")).hasText("Enhet larmad");
        Locator unit = page.locator("[data-testid=unit-row][data-unit-id=" + unitId + "]");
        assertThat(unit.getByTestId("unit-status")).hasText("Larmad");
        assertThat(unit).containsText("INC-CARE-1");
        assertThat(console.centre().read("/api/dispatch/units/" + unitId).get("incidentId").asText()).isEqualTo("INC-CARE-1");

        // the unit reports as it goes; the board follows each report live, without a reload
        for (String[] step : new String[][] {{"ACKNOWLEDGED", "Kvitterad"}, {"EN_ROUTE", "På väg"}, {"ON_SCENE", "Framme"}}) {
            console.centre().write("/api/dispatch/units/" + unitId + "/status", "{\"status\": \"" + step[0] + "\"}", 200);
            assertThat(unit.getByTestId("unit-status")).hasText(step[1]);
            assertThat(unit).hasAttribute("data-status", step[0]);
        }
        assertThat(unit.getByTestId("unit-time")).hasText(Pattern.compile("^0:0\\d$"));
        console.screenshot("dispatcher-unit-on-scene");

        console.open("map");
        console.screenshot("map");
    }
}
