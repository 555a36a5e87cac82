package se.larmcentral.server.console;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The supervisor view: answer-time figures against the targets, the queue, units and incidents, all live. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisorViewTest {

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo();

    @Test
    @Order(1)
    void aQuietCentreShowsNoCallsAndTheFleet() {
        console.open("supervisor");

        assertThat(console.byTestId("figure-mean-value")).hasText("–");
        assertThat(console.byTestId("figure-mean-state")).hasText("Inga samtal");
        assertThat(console.byTestId("queue-length")).hasText("0");
        assertThat(console.byTestId("queue-state")).hasText("Ingen väntar");
        // Wednesday noon: the demo fleet is in its shifts, so units are free and none is on an assignment
        assertThat(console.byTestId("units-free")).hasText(Pattern.compile("^[1-9][0-9]*$"));
        assertThat(console.byTestId("units-busy")).hasText("0");
        assertThat(console.byTestId("incidents-p1")).hasText("0");
        assertThat(console.byTestId("hourly")).containsText("Inga samtal idag ännu.");
        console.screenshot("supervisor-quiet");
    }

    @Test
    @Order(2)
    void theFiguresFollowCallsAnsweredThroughTheApiWithoutAReload() {
        console.open("supervisor");
        assertThat(console.byTestId("figure-mean-value")).hasText("–");

        intake("SUP-1");
        assertThat(console.byTestId("queue-length")).hasText("1");
        assertThat(console.byTestId("figure-mean-state")).hasText("Inga samtal");

        console.advance(Duration.ofSeconds(5));
        console.centre().write("/api/calls/SUP-1/answer", "{}", 200);
        assertThat(console.byTestId("figure-mean-value")).hasText("5 s");
        assertThat(console.byTestId("figure-mean-state")).hasText("Uppfyllt");
        assertThat(console.byTestId("figure-mean")).hasAttribute("data-state", "green");
        assertThat(console.byTestId("figure-share-value")).hasText("0 %");
        assertThat(console.byTestId("queue-length")).hasText("0");

        // the second caller waits 20 s: the mean becomes 12.5 s and half the calls were answered after 15 s
        intake("SUP-2");
        console.advance(Duration.ofSeconds(20));
        assertThat(console.byTestId("queue-length")).hasText("1");
        console.centre().write("/api/calls/SUP-2/answer", "{}", 200);
        assertThat(console.byTestId("figure-mean-value")).hasText("12,5 s");
        assertThat(console.byTestId("figure-mean-state")).hasText("Ej uppfyllt");
        assertThat(console.byTestId("figure-mean")).hasAttribute("data-state", "red");
        assertThat(console.byTestId("figure-share-value")).hasText("50 %");
        assertThat(console.byTestId("figure-share-detail")).hasText("1 av 2 besvarade");
        assertThat(console.byTestId("figure-share-state")).hasText("Ej uppfyllt");
        assertThat(console.byTestId("figure-longest-value")).hasText("20 s");
        assertThat(console.byTestId("figure-longest-state")).hasText("Uppfyllt");
        assertThat(console.byTestId("figures-summary")).hasText("2 samtal · 2 besvarade · 0 avbrutna · 0 väntar");
        assertThat(console.byTestId("hour-12:00")).containsText("Mål missat: medeltid (högst 8 s), andel efter 15 s (högst 8 %)");

        // a caller waiting 25 s is close to the 30 s limit: amber, said in words
        intake("SUP-3");
        console.advance(Duration.ofSeconds(25));
        console.centre().write("/api/calls", "{\"callId\": \"SUP-4\", \"dialled\": \"112\"}", 201);
        assertThat(console.byTestId("queue-length")).hasText("2");
        assertThat(console.byTestId("queue-longest")).hasText("0:25");
        assertThat(console.byTestId("queue-state")).hasText("Över 15 s");
        assertThat(console.byTestId("figure-longest-state")).hasText("Uppfyllt, nära gränsen");
        assertThat(console.byTestId("figure-longest")).hasAttribute("data-state", "amber");
        console.screenshot("supervisor-live");
    }

    @Test
    @Order(3)
    void incidentsAndUnitsFollowDispatch() {
        console.open("supervisor");
        assertThat(console.byTestId("incidents-p1")).hasText("0");
        console.centre().write("/api/dispatch/incidents", "{\"incidentId\": \"SUP-INC-1\", \"position\": {\"lat\": 59.3428,"
                + " \"lon\": 18.0496}, \"priority\": 1}", 201);
        assertThat(console.byTestId("incidents-p1")).hasText("1");
        assertThat(console.byTestId("incidents-open")).hasText("1");

        String unit = console.centre().read("/api/dispatch/incidents/SUP-INC-1/recommendation")
                .get("candidates").get(0).get("unitId").asText();
        console.centre().write("/api/dispatch/incidents/SUP-INC-1/assign", "{\"unitId\": \"" + unit + "\"}", 200);
        assertThat(console.byTestId("units-ALERTED")).hasText("1");
        assertThat(console.byTestId("units-busy")).hasText("1");
        console.screenshot("supervisor-dispatch");
    }

    @Test
    @Order(4)
    void inEnglishToo() {
        console.open("supervisor");
        console.byTestId("lang-switch").click();
        assertThat(console.byTestId("figure-mean-state")).hasText(Pattern.compile("Met|Missed|No calls"));
        assertThat(console.page().locator("h1")).hasText("Supervisor – 112 answer times");
        console.screenshot("supervisor-english");
    }

    private static void intake(String callId) {
        console.centre().write("/api/calls", "{\"callId\": \"" + callId + "\", \"dialled\": \"112\"}", 201);
    }
}
