package se.larmcentral.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.larmcentral.server.TestAccounts;
import se.larmcentral.centre.accounts.Role;

import java.util.Set;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A care call from the queue to a unit on scene, in the browser, with the floor's real role split: at one desk a
 * call-taker (CALL_TAKER only), at another a dispatcher (DISPATCHER only), each in their own browser context. The
 * call arrives through the API (as the demo's callers and a telephony front post it) and appears live; the
 * call-taker answers and classifies it with the keyboard, the chest-pain criteria give priority 1 with the reasons;
 * the incident is created and appears live on the dispatcher's screen, who alerts the recommended unit; the unit's
 * status reports (posted as the unit would) appear without a reload, and the map shows the fleet and the incident.
 */
class CareCallScenarioTest {

    static final String CALL_TAKER = "calltaker-anna";
    static final String DISPATCHER = "dispatcher-bo";
    static final String PASSWORD = "a scenario test password";

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo().signedOut();

    @BeforeAll
    static void accounts() {
        var server = console.centre().server;
        TestAccounts.createAccount(server, CALL_TAKER, PASSWORD, Set.of(Role.CALL_TAKER), Set.of(), null);
        TestAccounts.createAccount(server, DISPATCHER, PASSWORD, Set.of(Role.DISPATCHER), Set.of(), null);
    }

    @Test
    void aChestPainCallBecomesAPriorityOneIncidentAndItsUnitIsFollowedLive() {
        console.logIn(CALL_TAKER, PASSWORD);
        Page page = console.open("calls");
        assertThat(console.byTestId("who-name")).hasText(CALL_TAKER);
        assertThat(console.byTestId("nav-calls")).isVisible();
        assertThat(console.byTestId("nav-dispatch")).hasCount(0); // dispatching is not the call-taker's
        // the dispatcher's desk, open before the call comes in
        Page desk = console.open(console.pageAs(DISPATCHER, PASSWORD), "dispatch");
        assertThat(desk.getByTestId("who-name")).hasText(DISPATCHER);
        assertThat(desk.getByTestId("nav-calls")).hasCount(0);
        assertThat(desk.getByTestId("live-status")).hasAttribute("data-state", "live");
        assertThat(desk.locator("[data-testid=incident-row][data-incident-id=INC-CARE-1]")).hasCount(0);

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
        // the caller's reported position is marked on the call's map
        assertThat(console.byTestId("caller-marker")).isVisible();
        assertThat(console.byTestId("caller-marker")).hasAttribute("data-lat", "59.3345");
        assertThat(console.byTestId("caller-marker")).hasAttribute("data-lon", "18.0632");
        Locator mine = page.locator("[data-testid=my-call][data-call-id=CARE-1]");
        assertThat(mine.getByTestId("my-call-state")).hasText("Besvarat");
        page.keyboard().press("c"); // classify as care
        assertThat(console.byTestId("call-classification")).hasText("Klassat som Vård");
        // "my calls" follows the call's events: the state beside it is the header's
        assertThat(mine).hasAttribute("data-state", "CLASSIFIED");
        assertThat(mine.getByTestId("my-call-state")).hasText("Klassat");

        // the index's question in Swedish, marked as Swedish
        var conscious = page.locator("[data-testid=interview-question][data-question=conscious] .question-text");
        assertThat(conscious).hasText("Är patienten vaken och svarar när du pratar med hen?");
        assertThat(conscious).hasAttribute("lang", "sv");
        console.byTestId("answer-yes-conscious").click();
        assertThat(console.byTestId("answer-yes-conscious")).hasCount(0); // recorded: the next question is up
        console.byTestId("answer-yes-breathing-normally").click();
        assertThat(console.byTestId("answer-yes-breathing-normally")).hasCount(0);
        assertThat(console.byTestId("interview-answers")).hasCount(1);
        console.byTestId("chapter-select").selectOption("chest-pain");
        assertThat(console.byTestId("chapter-select")).hasValue("chest-pain");
        console.byTestId("chapter-choose").click();
        assertThat(console.byTestId("interview-chapter")).containsText("Bröstsmärta");
        assertThat(console.byTestId("proposal-settled")).hasText(Pattern.compile("kan ändras"));
        page.keyboard().press("j"); // yes to the first open question: severe central pain
        assertThat(console.byTestId("answer-yes-chest-pain-severe-central")).hasCount(0);
        console.byTestId("answer-yes-chest-pain-over-5-minutes").click();

        assertThat(console.byTestId("proposal-priority")).hasText("1");
        assertThat(console.byTestId("proposal-criterion")).containsText("A.04.01");
        assertThat(console.byTestId("proposal-settled")).hasText("Förslaget är säkert");
        assertThat(console.byTestId("proposal-criterion")).containsText("Svår central bröstsmärta i mer än 5 minuter");
        assertThat(console.byTestId("proposal-why")).containsText("A.04.01 stämmer: ”Är smärtan svår och mitt i bröstet?” ja");
        // the region's instruction in Swedish, like the index
        assertThat(console.byTestId("response-instruction")).containsText("närmaste lediga ambulans");
        page.keyboard().press("Control+Enter"); // confirm the proposed priority
        assertThat(console.byTestId("decided-priority")).containsText("Beslutad prioritet 1 (A.04.01)");
        // the centre's process makes the incident as soon as the priority is decided: nobody has to press a button
        assertThat(console.byTestId("incident-created")).hasText("Uppdrag INC-CARE-1 prio 1 skapat");
        console.screenshot("calltaker-care-call");

        // the call-taker has no dispatch view to open; the incident appears on the dispatcher's screen by itself
        assertThat(console.byTestId("incident-open")).hasCount(0);
        Locator row = desk.locator("[data-testid=incident-row][data-incident-id=INC-CARE-1]");
        assertThat(row).containsText("Väntar på enhet");
        row.click();
        JsonNode best = console.centre().read("/api/dispatch/incidents/INC-CARE-1/recommendation").get("candidates").get(0);
        String unitId = best.get("unitId").asText();
        Locator recommended = desk.getByTestId("assign-recommended");
        assertThat(recommended).hasAttribute("data-unit-id", unitId);
        assertThat(desk.locator("[data-testid=candidate]").first().getByTestId("candidate-method"))
                .hasText(best.get("travelEstimated").asBoolean() ? "uppskattad (fågelväg)" : "vägnät");
        // the recommendation's reasons in the console's language
        assertThat(desk.locator("[data-testid=candidate]").first()).hasAttribute("title", Pattern.compile(" att komma iväg \\+ "));
        console.screenshot(desk, "dispatcher-recommendation");

        desk.keyboard().press("l"); // alert the recommended unit
        assertThat(row.getByTestId("incident-status")).hasText("Enhet larmad");
        Locator unit = desk.locator("[data-testid=unit-row][data-unit-id=" + unitId + "]");
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
        console.screenshot(desk, "dispatcher-unit-on-scene");

        // the map: every unit of the fleet and every open incident, the unit on scene by its status
        JsonNode fleet = console.centre().read("/api/dispatch/fleet");
        int open = console.centre().read("/api/dispatch/incidents?open=true").get("incidents").size();
        console.open(desk, "map");
        Locator map = desk.getByTestId("map");
        assertThat(map).hasAttribute("data-units", String.valueOf(fleet.get("units").size()));
        assertThat(map).hasAttribute("data-incidents", String.valueOf(open));
        assertThat(desk.getByTestId("map-counts")).hasText(fleet.get("units").size() + " enheter, " + open + " öppna uppdrag");
        assertThat(map.getByTestId("map-unit")).hasCount(fleet.get("units").size());
        assertThat(map.getByTestId("map-station")).hasCount(fleet.get("stations").size());
        assertThat(map.getByTestId("map-hospital")).hasCount(fleet.get("hospitals").size());
        assertThat(map.locator("[data-testid=map-unit][data-id=" + unitId + "]")).hasAttribute("data-status", "ON_SCENE");
        assertThat(map.locator("[data-testid=map-unit][data-id=" + unitId + "]")).hasText("F");
        assertThat(map.locator("[data-testid=map-incident][data-id=INC-CARE-1]")).hasAttribute("data-priority", "1");
        console.screenshot(desk, "map");
    }
}
