package se.larmcentral.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Geolocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.server.TestAccounts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crew's terminal (#/crew) on a phone (390 x 844): the dispatcher's alert arrives live with sound and vibration,
 * the crew acknowledges and reports through to clear with one press each; three presses made offline wait on the
 * device, say so, and are recorded once each, in order, with their pressed instants when the connection is back;
 * another unit's assignment is refused. Day and night screenshots.
 */
class CrewTerminalTest {

    static final String PASSWORD = "a crew terminal password";
    /** Counts the alert's beeps and vibrations: the page's own Web Audio and navigator.vibrate, wrapped. */
    static final String COUNTERS = """
            window.__beeps = 0; window.__vibrations = 0;
            navigator.vibrate = () => { window.__vibrations++; return true; };
            const start = OscillatorNode.prototype.start;
            OscillatorNode.prototype.start = function (...args) { window.__beeps++; return start.apply(this, args); };
            """;
    static final Geolocation SERGELS_TORG = new Geolocation(59.3326, 18.0649);

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo();

    @BeforeAll
    static void crews() {
        for (String unit : List.of("AMB-101", "AMB-102", "AMB-103")) {
            TestAccounts.createAccount(console.centre().server, unit.toLowerCase(), PASSWORD, Set.of(Role.UNIT_DEVICE),
                    Set.of(), unit);
        }
    }

    /** The unit's terminal on a phone, signed in as its device, allowed the device's position. */
    private static Page terminal(String unit) {
        Page page = console.pageAs(unit.toLowerCase(), PASSWORD);
        page.setViewportSize(390, 844);
        BrowserContext context = page.context();
        context.grantPermissions(List.of("geolocation"), new BrowserContext.GrantPermissionsOptions()
                .setOrigin(console.centre().baseUrl()));
        context.setGeolocation(SERGELS_TORG);
        page.addInitScript(COUNTERS);
        console.open(page, "crew");
        assertThat(page.getByTestId("live-status")).hasAttribute("data-state", "live");
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("the page's width on a 390 px phone").isLessThanOrEqualTo(390);
        return page;
    }

    @Test
    void theAlertArrivesLiveAndTheCrewReportsEachStatusThroughToClear() {
        Page crew = terminal("AMB-101");
        assertThat(crew.getByTestId("crew-unit")).hasText("Enhet AMB 101");
        assertThat(crew.getByTestId("crew-idle")).isVisible();
        assertThat(crew.getByTestId("crew-alert")).isHidden();

        console.centre().chestPainCall("CREW-1", "Man 60 år, tryck över bröstet");
        console.centre().write("/api/dispatch/incidents/INC-CREW-1/assign", "{\"unitId\": \"AMB-101\"}", 200);

        Locator alert = crew.getByTestId("crew-alert");
        assertThat(alert).isVisible();
        assertThat(alert).containsText("LARM – prio 1");
        assertThat(alert).containsText("INC-CREW-1");
        assertThat(crew.getByTestId("crew-status")).hasText("Larmad");
        assertThat(crew.getByTestId("crew-priority")).hasText("Prio 1");
        assertThat(crew.getByTestId("crew-note")).hasText("Man 60 år, tryck över bröstet");
        assertThat(crew.getByTestId("crew-criterion")).containsText("A.04.01");
        assertThat(crew.getByTestId("crew-hospital")).not().hasText("Inget sjukhus beräknat");
        assertThat(crew.getByTestId("crew-navigate")).hasAttribute("href", java.util.regex.Pattern.compile("^geo:59\\.3345,18\\.0632"));
        assertThat(crew.getByTestId("crew-map-incident")).isVisible();
        // the route from the unit to the incident on the road network the recommendation uses, drawn on the map
        JsonNode route = console.centre().read("/api/dispatch/units/AMB-101/assignment").at("/job/route");
        assertThat(route.get("to").asText()).isEqualTo("INCIDENT");
        assertThat(route.get("points").size()).isGreaterThan(2);
        assertThat(crew.locator("path.crew-route-INCIDENT")).hasCount(1);
        assertThat(crew.getByTestId("crew-route-text")).containsText("Till uppdraget:");
        assertThat(crew.getByTestId("crew-job")).not().containsText("null");
        assertThat(((Number) crew.evaluate("window.__beeps")).intValue()).as("beeps of the alert").isGreaterThanOrEqualTo(3);
        assertThat(((Number) crew.evaluate("window.__vibrations")).intValue()).as("vibrations").isGreaterThanOrEqualTo(1);
        assertTouchTargets(crew, "ACKNOWLEDGED", "CLEAR");
        console.screenshot(crew, "crew-alert-day");

        // the vehicle's position goes to the centre while on the assignment
        JsonNode unit = console.centre().read("/api/dispatch/units/AMB-101");
        assertThat(unit.at("/reportedPosition/lat").asDouble()).isEqualTo(SERGELS_TORG.latitude);
        assertThat(unit.at("/reportedPosition/lon").asDouble()).isEqualTo(SERGELS_TORG.longitude);

        String[][] steps = {{"ACKNOWLEDGED", "Kvitterad"}, {"EN_ROUTE", "På väg"}, {"ON_SCENE", "Framme"},
                {"TRANSPORT", "Transport"}, {"AT_HOSPITAL", "Vid sjukhus"}, {"CLEAR", "Klar"}};
        for (String[] step : steps) {
            console.advance(Duration.ofSeconds(30));
            crew.getByTestId("crew-press-" + step[0]).click();
            assertThat(crew.getByTestId("crew-outbox")).hasAttribute("data-count", "0");
            assertThat(crew.getByTestId("crew-receipt")).containsText("Mottaget: " + step[1]);
            assertThat(console.centre().read("/api/dispatch/units/AMB-101").get("status").asText()).isEqualTo(step[0]);
            if (step[0].equals("ACKNOWLEDGED")) {
                assertThat(alert).isHidden();
                assertThat(crew.getByTestId("crew-times").locator("[data-milestone=ACKNOWLEDGED]")).isVisible();
            }
            if (step[0].equals("ON_SCENE")) {
                assertTouchTargets(crew, "TRANSPORT", "CLEAR");
                // from the scene on, the route and the navigation link go to the hospital, which the crew may choose
                assertThat(crew.locator("path.crew-route-HOSPITAL")).hasCount(1);
                assertThat(crew.getByTestId("crew-navigate")).hasText("Navigera till sjukhuset");
                Locator picker = crew.getByTestId("crew-destination-select");
                String other = (String) picker.evaluate("s => s.options[1].value");
                String otherName = (String) picker.evaluate("s => s.options[1].textContent.split(' · ')[0]");
                picker.selectOption(other);
                crew.getByTestId("crew-destination-choose").click();
                assertThat(crew.getByTestId("crew-hospital")).containsText(otherName);
                assertThat(crew.locator("dt", new Page.LocatorOptions().setHasText("Sjukhus (valt)"))).isVisible();
                JsonNode chosen = console.centre().read("/api/dispatch/units/AMB-101/assignment").get("job");
                assertThat(chosen.get("destinationId").asText()).isEqualTo(other);
                assertThat(chosen.at("/route/to").asText()).isEqualTo("HOSPITAL");
                crew.getByTestId("crew-contrast").click();
                assertThat(crew.locator("body")).hasClass(java.util.regex.Pattern.compile("crew-night"));
                String background = (String) crew.evaluate("getComputedStyle(document.body).backgroundColor");
                assertThat(background).isEqualTo("rgb(0, 0, 0)");
                console.screenshot(crew, "crew-on-scene-night");
                crew.getByTestId("crew-contrast").click();
                assertThat(crew.locator("body")).not().hasClass(java.util.regex.Pattern.compile("crew-night"));
            }
        }
        assertThat(crew.getByTestId("crew-idle")).isVisible();
        assertThat(crew.getByTestId("crew-press-AVAILABLE_MOBILE")).isVisible();
        // installable: the manifest is linked and the service worker keeps the view's files for when the network is away
        assertThat(crew.locator("link[rel=manifest]")).hasAttribute("href", "/console/manifest.json");
        assertThat((String) crew.evaluate("navigator.serviceWorker.ready.then(() => new Promise(r => setTimeout(r, 500)))"
                + ".then(() => Promise.all(['/console/views/crew.js', '/console/views/crew/outbox.js', '/console/app.js']"
                + ".map(u => caches.match(u).then(hit => u + ':' + !!hit)))).then(hits => hits.join(' '))"))
                .isEqualTo("/console/views/crew.js:true /console/views/crew/outbox.js:true /console/app.js:true");
        JsonNode incident = console.centre().read("/api/dispatch/incidents/INC-CREW-1");
        assertThat(incident.get("status").asText()).isEqualTo("CLOSED");
        console.screenshot(crew, "crew-clear-day");
    }

    @Test
    void threePressesOfflineWaitOnTheDeviceAndAreRecordedOnceInOrderWithTheirPressedInstants() {
        Page crew = terminal("AMB-102");
        console.centre().write("/api/dispatch/incidents", "{\"incidentId\": \"INC-TUNNEL\", \"priority\": 2,"
                + " \"position\": {\"lat\": 59.3190, \"lon\": 18.0720}}", 201);
        console.centre().write("/api/dispatch/incidents/INC-TUNNEL/assign", "{\"unitId\": \"AMB-102\"}", 200);
        assertThat(crew.getByTestId("crew-alert")).isVisible();
        long before = console.centre().server.centre().loop().lastSequence();

        crew.context().setOffline(true);
        List<Instant> pressed = new ArrayList<>();
        for (String status : List.of("ACKNOWLEDGED", "EN_ROUTE", "ON_SCENE")) {
            console.advance(Duration.ofSeconds(20));
            pressed.add(console.centre().clock.instant());
            crew.getByTestId("crew-press-" + status).click();
            assertThat(crew.getByTestId("crew-status")).hasAttribute("data-status", status);
        }
        Locator outbox = crew.getByTestId("crew-outbox");
        assertThat(outbox).hasAttribute("data-count", "3");
        assertThat(crew.getByTestId("crew-outbox-count")).hasText("Ej skickat ännu: 3");
        assertThat(crew.getByTestId("crew-offline")).isVisible();
        assertThat(crew.getByTestId("crew-outbox-item")).hasCount(3);
        assertThat(crew.getByTestId("crew-outbox-item").nth(0)).hasAttribute("data-status", "ACKNOWLEDGED");
        assertThat(crew.getByTestId("crew-outbox-item").nth(2)).hasAttribute("data-status", "ON_SCENE");
        assertThat(crew.getByTestId("crew-press-TRANSPORT")).isVisible(); // the next press follows what was pressed
        assertThat(crew.getByTestId("crew-unsent")).hasText("– ej skickat");
        assertThat(console.centre().read("/api/dispatch/units/AMB-102").get("status").asText()).isEqualTo("ALERTED");
        console.screenshot(crew, "crew-offline-day");

        console.advance(Duration.ofSeconds(60));
        Instant back = console.centre().clock.instant();
        crew.context().setOffline(false);
        assertThat(outbox).hasAttribute("data-count", "0");
        assertThat(crew.getByTestId("crew-outbox-empty")).isVisible();
        assertThat(console.centre().read("/api/dispatch/units/AMB-102").get("status").asText()).isEqualTo("ON_SCENE");

        List<JsonNode> reports = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        console.centre().read("/api/events?after=" + before).get("events").forEach(event -> {
            JsonNode payload = event.get("payload");
            if (!"AMB-102".equals(payload.path("unitId").asText())) {
                return;
            }
            if (event.get("type").asText().equals("dispatch.StatusReportReceived")) {
                reports.add(payload);
            } else if (event.get("type").asText().equals("dispatch.UnitStatusChanged")) {
                changes.add(payload.get("to").asText());
            }
        });
        assertThat(changes).as("each status recorded once, in order").containsExactly("ACKNOWLEDGED", "EN_ROUTE", "ON_SCENE");
        assertThat(reports).extracting(r -> r.get("to").asText()).containsExactly("ACKNOWLEDGED", "EN_ROUTE", "ON_SCENE");
        assertThat(reports).extracting(r -> Instant.parse(r.get("pressedAt").asText())).containsExactlyElementsOf(pressed);
        assertThat(reports).extracting(r -> Instant.parse(r.get("receivedAt").asText())).containsOnly(back);
        assertThat(reports).extracting(r -> r.get("reportId").asText()).doesNotHaveDuplicates();
        JsonNode times = console.centre().read("/api/dispatch/incidents/INC-TUNNEL").get("times");
        assertThat(times.get("ON_SCENE").asText()).isEqualTo(back.toString());
        console.screenshot(crew, "crew-back-online-day");
    }

    @Test
    void aUnitsTerminalIsRefusedAnotherUnitsAssignment() {
        console.centre().write("/api/dispatch/incidents", "{\"incidentId\": \"INC-NOT-YOURS\", \"priority\": 1,"
                + " \"position\": {\"lat\": 59.3400, \"lon\": 18.0500}}", 201);
        console.centre().write("/api/dispatch/incidents/INC-NOT-YOURS/assign", "{\"unitId\": \"AMB-103\"}", 200);
        Page crew = terminal("AMB-101");
        assertThat(crew.getByTestId("crew-idle")).isVisible();
        JsonNode answer = ConsoleCentre.parse((String) crew.evaluate("fetch('/api/dispatch/units/AMB-103/assignment')"
                + ".then(async r => JSON.stringify({status: r.status, body: await r.text()}))"));
        assertThat(answer.get("status").asInt()).isEqualTo(403);
        assertThat(answer.get("body").asText()).doesNotContain("INC-NOT-YOURS");
        assertThat(crew.getByTestId("view-crew")).not().containsText("INC-NOT-YOURS");
    }

    /** The buttons are those of the statuses, each at least 44 x 44 px and wholly on the phone's screen. */
    private static void assertTouchTargets(Page crew, String... statuses) {
        Locator presses = crew.getByTestId("crew-actions").locator("button");
        assertThat(presses).hasCount(statuses.length);
        for (String status : statuses) {
            assertThat(crew.getByTestId("crew-press-" + status)).isVisible();
        }
        // measured in one go in the page: the view may draw its buttons again between two calls from here
        String sizes = (String) crew.evaluate("[...document.querySelectorAll('[data-testid=crew-actions] button')].map(b => {"
                + " const r = b.getBoundingClientRect(); return b.dataset.status + ':' + (r.width >= 44 && r.height >= 44"
                + " && r.left >= 0 && r.right <= innerWidth); }).join(' ')");
        assertThat(sizes).isEqualTo(String.join(" ", java.util.Arrays.stream(statuses).map(s -> s + ":true").toList()));
    }
}
