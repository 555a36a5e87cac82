package se.larmcentral.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dispatcher's screen beyond the happy path: the flags as the clock runs (an alert not acknowledged within
 * 90 s, a stay at hospital of 15 minutes), a unit on its way to a priority 2 redirected to a new priority 1, the
 * map's shapes and legend, and the calls and dispatch views in English. None of it is about roles: the browser is the
 * console's all-floor account.
 */
class DispatchBoardTest {

    static final String SODERMALM = "{\"lat\": 59.3150, \"lon\": 18.0700}";
    static final String NORRMALM = "{\"lat\": 59.3345, \"lon\": 18.0632}";

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo();

    /** Makes an incident through the API and alerts its recommended unit; answers the unit's id. */
    private static String incidentWithUnit(String id, int priority, String position) {
        console.centre().write("/api/dispatch/incidents",
                "{\"incidentId\": \"" + id + "\", \"priority\": " + priority + ", \"position\": " + position + "}", 201);
        String unitId = console.centre().read("/api/dispatch/incidents/" + id + "/recommendation")
                .get("candidates").get(0).get("unitId").asText();
        console.centre().write("/api/dispatch/incidents/" + id + "/assign", "{\"unitId\": \"" + unitId + "\"}", 200);
        return unitId;
    }

    private static void status(String unitId, String status) {
        console.centre().write("/api/dispatch/units/" + unitId + "/status", "{\"status\": \"" + status + "\"}", 200);
    }

    private static Locator unitRow(Page page, String unitId) {
        return page.locator("[data-testid=unit-row][data-unit-id=" + unitId + "]");
    }

    @Test
    void anAlertNotAcknowledgedIn90SecondsAndALongHospitalStayAreFlaggedAsTheClockRuns() {
        String alerted = incidentWithUnit("INC-FLAG-1", 1, NORRMALM);
        Page page = console.open("dispatch");
        Locator row = unitRow(page, alerted);
        assertThat(row.getByTestId("unit-status")).hasText("Larmad");
        assertThat(row.getByTestId("unit-flag")).isHidden();
        assertThat(page.locator("[data-testid=flag-item][data-unit-id=" + alerted + "]")).hasCount(0);

        console.advance(Duration.ofSeconds(91));
        assertThat(row.getByTestId("unit-flag")).hasText("Ej kvitterat larm");
        // the server's flag, with its explanation, is fetched when the clock makes it due (no event announces it)
        Locator flag = page.locator("[data-testid=flag-item][data-unit-id=" + alerted + "]");
        assertThat(flag).hasAttribute("data-kind", "UNACKNOWLEDGED_ALERT");
        assertThat(flag).containsText("Ej kvitterat larm");
        assertThat(flag).containsText("INC-FLAG-1");
        console.screenshot("flag-unacknowledged");

        // the unit takes the patient to hospital and stays there
        for (String step : List.of("ACKNOWLEDGED", "EN_ROUTE", "ON_SCENE", "TRANSPORT", "AT_HOSPITAL")) {
            status(alerted, step);
        }
        assertThat(row.getByTestId("unit-status")).hasText("Vid sjukhus");
        assertThat(row.getByTestId("unit-flag")).isHidden();
        assertThat(flag).hasCount(0);
        console.advance(Duration.ofMinutes(14));
        assertThat(row.getByTestId("unit-time")).hasText("14:00");
        assertThat(row.getByTestId("unit-flag")).isHidden();
        console.advance(Duration.ofSeconds(61));
        assertThat(row.getByTestId("unit-flag")).hasText("Lång tid vid sjukhus");
        assertThat(flag).hasAttribute("data-kind", "LONG_HOSPITAL_STAY");
        console.screenshot("flag-long-hospital-stay");
        status(alerted, "CLEAR");
        assertThat(flag).hasCount(0);
    }

    @Test
    void aPriorityOneWaitingForAUnitPastItsLimitIsFlaggedWithAnAlarmUntilAUnitIsAssigned() {
        console.centre().write("/api/dispatch/incidents",
                "{\"incidentId\": \"INC-WAIT-1\", \"priority\": 1, \"position\": " + SODERMALM + "}", 201);
        Page page = console.open("dispatch/INC-WAIT-1");
        page.locator("body").click(); // the operator has used the page: the browser lets it sound
        Locator flag = page.locator("[data-testid=flag-item][data-incident-id=INC-WAIT-1]");
        Locator queued = page.locator("[data-testid=pending-item][data-incident-id=INC-WAIT-1]");
        assertThat(flag).hasCount(0);
        int alarmsBefore = alarms(page);

        console.advance(Duration.ofSeconds(61)); // priority 1 may wait 60 s; no event announces the 61st
        assertThat(flag).hasAttribute("data-kind", "INCIDENT_WAITING");
        assertThat(flag).containsText("Väntar på enhet");
        // the server's words in the console's language
        assertThat(flag).containsText("prio 1-ärende INC-WAIT-1 har väntat 1 min 01 s på en enhet (gräns 1 min 00 s)");
        assertThat(queued.getByTestId("pending-late")).hasText("sen");
        org.assertj.core.api.Assertions.assertThat(alarms(page)).isEqualTo(alarmsBefore + 1);
        console.screenshot("flag-incident-waiting");

        String unitId = console.centre().read("/api/dispatch/incidents/INC-WAIT-1/recommendation")
                .get("candidates").get(0).get("unitId").asText();
        console.centre().write("/api/dispatch/incidents/INC-WAIT-1/assign", "{\"unitId\": \"" + unitId + "\"}", 200);
        assertThat(flag).hasCount(0);
    }

    private static int alarms(Page page) {
        Object count = page.evaluate("() => Number(document.body.dataset.alarms ?? 0)");
        return ((Number) count).intValue();
    }

    @Test
    void aUnitOnItsWayToAPriorityTwoIsRedirectedToANewPriorityOne() {
        String unitId = incidentWithUnit("INC-RED-2", 2, NORRMALM);
        status(unitId, "ACKNOWLEDGED");
        status(unitId, "EN_ROUTE");
        // on its way it passes Södermalm, where a priority 1 comes in
        console.centre().write("/api/dispatch/units/" + unitId + "/position", "{\"position\": " + SODERMALM
                + ", \"observedAt\": \"" + console.centre().clock.instant() + "\"}", 200);
        console.centre().write("/api/dispatch/incidents",
                "{\"incidentId\": \"INC-RED-1\", \"priority\": 1, \"position\": " + SODERMALM + "}", 201);

        Page page = console.open("dispatch/INC-RED-1");
        Locator candidate = page.locator("[data-testid=candidate][data-unit-id=" + unitId + "]");
        assertThat(candidate).containsText("omdirigeras från INC-RED-2 (prio 2)");
        Locator redirect = candidate.locator("button");
        assertThat(redirect).containsText("Omdirigera");
        console.screenshot("redirect-offered");
        redirect.click();

        assertThat(console.byTestId("toast-ok")).containsText("larmad till INC-RED-1");
        Locator row = unitRow(page, unitId);
        assertThat(row).containsText("INC-RED-1");
        assertThat(row.getByTestId("unit-status")).hasText("Larmad");
        assertThat(console.centre().read("/api/dispatch/units/" + unitId).get("incidentId").asText()).isEqualTo("INC-RED-1");
        // the priority 2 it left waits for a unit again
        assertThat(page.locator("[data-testid=pending-item][data-incident-id=INC-RED-2]")).isVisible();
        assertThat(page.locator("[data-testid=incident-row][data-incident-id=INC-RED-2]").getByTestId("incident-status"))
                .hasText("Väntar på enhet");
        console.screenshot("redirected");
    }

    @Test
    void anIncidentFarFromTheStationsIsInSightWhenTheMapOpens() {
        console.centre().write("/api/dispatch/incidents", "{\"incidentId\": \"INC-GBG-1\", \"priority\": 2,"
                + " \"position\": {\"lat\": 57.7072, \"lon\": 11.9668}, \"outsideRegionReason\": \"test: far away\"}", 201);
        console.open("map");
        Locator map = console.byTestId("map");
        Locator incident = map.locator("[data-testid=map-incident][data-id=INC-GBG-1]");
        assertThat(incident).hasCount(1);
        Object inside = map.evaluate("(m, id) => { const b = m.getBoundingClientRect();"
                + " const r = m.querySelector(`[data-testid=map-incident][data-id=\"${id}\"]`).getBoundingClientRect();"
                + " return r.left >= b.left && r.right <= b.right && r.top >= b.top && r.bottom <= b.bottom; }", "INC-GBG-1");
        org.assertj.core.api.Assertions.assertThat(inside).as("the Göteborg incident inside the map's view").isEqualTo(true);
        console.centre().write("/api/dispatch/incidents/INC-GBG-1/cancel", "{\"reason\": \"test done\"}", 200);
    }

    @Test
    void theMapDrawsStationsAndHospitalsInTheirOwnShapesUncoveredWithAColourBlindSafeLegend() {
        Page page = console.open("map");
        JsonNode fleet = console.centre().read("/api/dispatch/fleet");
        Locator map = console.byTestId("map");
        assertThat(map).hasAttribute("data-units", String.valueOf(fleet.get("units").size()));
        assertThat(map.getByTestId("map-station")).hasCount(fleet.get("stations").size());
        assertThat(map.getByTestId("map-hospital")).hasCount(fleet.get("hospitals").size());
        assertThat(map.getByTestId("map-station").first()).hasText("S");
        assertThat(map.getByTestId("map-hospital").first()).hasText("H");

        // stations and hospitals are in the legend; each unit status has its letter, each priority its number
        assertThat(console.byTestId("legend-station")).containsText("Ambulansstation");
        assertThat(console.byTestId("legend-hospital")).containsText("Sjukhus");
        assertThat(console.byTestId("legend-status-ALERTED")).hasText("LLarmad");
        assertThat(console.byTestId("legend-priority-1")).hasText("1Prio 1");
        // no status shares a colour with a priority
        Set<String> statusColours = new HashSet<>(colours(page, "[data-testid^=legend-status-] .map-symbol"));
        List<String> priorityColours = colours(page, "[data-testid^=legend-priority-] .map-symbol");
        assertThat(statusColours).hasSize(11).doesNotContainAnyElementsOf(priorityColours);
        // the units at a station sit around it, not on it: no station's centre is under one of its own units (where
        // stations lie close together at the county's zoom, a neighbour's may still come near)
        Object covered = map.evaluate("m => [...m.querySelectorAll('[data-testid=map-station]')].filter(s => {"
                + " const r = s.getBoundingClientRect(); const x = r.left + r.width / 2, y = r.top + r.height / 2;"
                + " const hit = document.elementFromPoint(x, y)?.closest('[data-testid=map-unit]');"
                + " return hit && hit.dataset.station === s.dataset.id; }).map(s => s.dataset.id)");
        assertThat((List<?>) covered).as("stations covered by their own units").isEmpty();
        int stationsWithUnits = ((Number) map.evaluate("m => new Set([...m.querySelectorAll('[data-testid=map-unit]')]"
                + ".map(u => u.dataset.station)).size")).intValue();
        assertThat(stationsWithUnits).isGreaterThan(10);
        console.screenshot("map-legend");
    }

    private static List<String> colours(Page page, String selector) {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate("s => [...document.querySelectorAll(s)]"
                + ".map(e => getComputedStyle(e).backgroundColor)", selector);
        return found;
    }

    @Test
    void theCallsAndDispatchViewsSpeakEnglishOnRequest() {
        console.centre().write("/api/calls", """
                {"callId": "ENG-1", "dialled": "112", "callerNumber": "070-123 45 99",
                 "position": {"lat": 59.3345, "lon": 18.0632, "uncertaintyMetres": 30, "source": "AML_SMS"}}""", 201);
        Page page = console.open("calls/ENG-1");
        assertThat(console.byTestId("call-state")).hasText("I kö");
        console.byTestId("lang-switch").click();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(console.byTestId("nav-calls")).containsText("Calls");
        assertThat(console.byTestId("nav-dispatch")).containsText("Dispatch");
        assertThat(console.byTestId("call-queue")).containsText("Calls waiting");
        assertThat(console.byTestId("call-state")).hasText("Queued");
        assertThat(console.byTestId("call-answer")).hasText("Answer");
        assertThat(console.byTestId("my-calls")).containsText("Queued");
        console.screenshot("calls-english");

        console.byTestId("nav-dispatch").click();
        assertThat(console.byTestId("view-dispatch")).isVisible();
        assertThat(console.byTestId("incidents")).containsText("Incidents");
        assertThat(console.byTestId("units")).containsText("Needs attention");
        assertThat(console.byTestId("units-shown")).hasText(java.util.regex.Pattern.compile("^Showing \\d+ of \\d+$"));
        assertThat(console.byTestId("unit-board").locator("th").first()).hasText("Unit");
        assertThat(page.locator("[data-testid=unit-row][data-status=AVAILABLE_AT_STATION] [data-testid=unit-status]").first())
                .hasText("Available at station");
        console.screenshot("dispatch-english");
    }
}
