package se.larmcentral.server.console;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The call-taker's desk by keyboard only, as an operator works it all shift (issue 20, item 11): a care call from the
 * queue to a decided priority and a social call to its decision and its end, with focus never on the page body and
 * axe-core on each view; one-letter shortcuts that act only in the call panel (or as Alt+letter, the operator's
 * choice), undo for "not an emergency" and "hung up", the help as a real modal, the position corrected by keyboard.
 */
class KeyboardDeskTest {

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo();

    static final int MAX_TABS = 120;

    @Test
    void aCareCallGoesFromTheQueueToADecidedPriorityByKeyboardOnly() {
        Page page = console.open("calls");
        assertThat(console.byTestId("call-queue")).isFocused(); // the desk starts at the queue: A answers at once
        caller("KB-CARE", 59.3345, 18.0632);

        press(page, "a"); // answer the call waiting longest
        assertThat(console.byTestId("call-state")).hasText("Besvarat");
        assertThat(console.byTestId("call-state")).isFocused();
        console.checkAccessibility(page, "the answered call");

        press(page, "c"); // classify as care: focus goes to the new status, not to the page body
        assertThat(console.byTestId("call-classification")).hasText("Klassat som Vård");
        assertThat(console.byTestId("call-classification")).isFocused();
        assertThat(console.byTestId("answer-yes-conscious")).isVisible();
        press(page, "j"); // the key questions, by their shortcut
        assertThat(console.byTestId("answer-yes-conscious")).hasCount(0);
        assertThat(console.byTestId("answer-yes-breathing-normally")).isVisible();
        press(page, "j");
        assertThat(console.byTestId("answer-yes-breathing-normally")).hasCount(0);
        console.checkAccessibility(page, "the interview before its chapter");

        // the chapter by Tab and the arrow keys, chosen with Enter
        tabTo(page, "chapter-select");
        Locator chapter = console.byTestId("chapter-select");
        for (int i = 0; i < 60 && !"chest-pain".equals(chapter.inputValue()); i++) {
            press(page, "ArrowDown");
        }
        assertThat(chapter).hasValue("chest-pain");
        press(page, "Tab");
        assertThat(console.byTestId("chapter-choose")).isFocused();
        press(page, "Enter");
        assertThat(console.byTestId("interview-chapter")).containsText("Bröstsmärta");

        // each answered question hands focus to the next question's Ja
        Locator severe = console.byTestId("answer-yes-chest-pain-severe-central");
        assertThat(severe).isFocused();
        assertThat(severe).hasAccessibleDescription("Är smärtan svår och mitt i bröstet?");
        press(page, "Enter");
        assertThat(severe).hasCount(0);
        assertThat(page.locator("[data-testid=interview-questions] button").first()).isFocused();
        tabTo(page, "answer-yes-chest-pain-over-5-minutes");
        press(page, "Enter");

        assertThat(console.byTestId("proposal-priority")).hasText("1");
        assertThat(console.byTestId("proposal-why")).hasAttribute("lang", Pattern.compile("^(sv|en)$"));
        assertThat(console.byTestId("confirm-priority")).isFocused();
        console.checkAccessibility(page, "the proposal");
        press(page, "Enter"); // confirm the proposed priority
        assertThat(console.byTestId("decided-priority")).containsText("Beslutad prioritet 1 (A.04.01)");
        assertThat(console.byTestId("decided-priority")).isFocused();
        assertThat(console.byTestId("incident-created")).hasText("Uppdrag INC-KB-CARE prio 1 skapat");
        console.checkAccessibility(page, "the decided priority");
        console.screenshot("keyboard-care-decided");
    }

    @Test
    void aSocialCallGoesToItsDecisionAndItsEndByKeyboardOnly() {
        Page page = console.open("calls");
        caller("KB-SOCIAL", 59.4226, 17.8354); // Jakobsberg, Järfälla: its jour takes calls
        press(page, "a");
        assertThat(console.byTestId("call-state")).hasText("Besvarat");
        press(page, "s"); // social
        assertThat(console.byTestId("call-classification")).isFocused();
        assertThat(console.byTestId("social-outcome")).hasAttribute("data-outcome", "FORWARD");
        assertThat(console.byTestId("social-say")).containsText("Jag kopplar dig nu till socialjouren för Järfälla");
        console.checkAccessibility(page, "the social decision");

        tabTo(page, "finish-outcome");
        page.keyboard().type("kopplad till socialjouren");
        press(page, "Tab");
        assertThat(console.byTestId("finish-call")).isFocused();
        press(page, "Enter");
        assertThat(console.byTestId("call-closed")).hasText("Samtalet är avslutat.");
        assertThat(console.byTestId("call-closed")).isFocused();
        assertThat(console.centre().read("/api/calls/KB-SOCIAL").get("call").get("state").asText()).isEqualTo("CLOSED");
        console.checkAccessibility(page, "the closed call");
    }

    @Test
    void aStrayLetterOutsideTheCallPanelDoesNothingAndNotAnEmergencyCanBeUndone() {
        Page page = console.open("calls");
        caller("KB-STRAY", 59.3345, 18.0632);
        press(page, "a");
        assertThat(console.byTestId("call-state")).hasText("Besvarat");

        // in the top bar, classification letters do nothing (the last step shows that no "c" was sent)
        console.byTestId("lang-switch").focus();
        page.keyboard().press("x");
        page.keyboard().press("c");
        assertThat(console.byTestId("classify-pending")).hasCount(0);

        // in the call panel, "not an emergency" waits with an undo button, which takes the focus
        console.byTestId("call-state").focus();
        press(page, "x");
        assertThat(console.byTestId("classify-pending")).containsText("Klassas som Ej nödläge om 5 s");
        assertThat(console.byTestId("classify-undo")).isFocused();
        console.checkAccessibility(page, "the undo notice");
        press(page, "Enter"); // undo: nothing was sent
        assertThat(console.byTestId("classify-pending")).hasCount(0);
        assertThat(console.byTestId("classify-NOT_AN_EMERGENCY")).isFocused();
        assertThat(console.centre().read("/api/calls/KB-STRAY").get("call").get("state").asText()).isEqualTo("ANSWERED");

        // "hung up", not undone, is sent when the undo time has run out
        press(page, "h");
        assertThat(console.byTestId("classify-pending")).containsText("Lade på");
        assertThat(console.byTestId("call-classification")).hasText("Klassat som Lade på", // after the 5 s of undo
                new LocatorAssertions.HasTextOptions().setTimeout(ConsoleBrowser.TIMEOUT_MILLIS));
        assertThat(console.byTestId("call-classification")).isFocused();
        var call = console.centre().read("/api/calls/KB-STRAY").get("call");
        assertThat(call.get("classification").get("classification").asText()).isEqualTo("HUNG_UP");
    }

    @Test
    void aClassificationWaitingForItsUndoIsSentWhenTheOperatorLeavesTheCall() {
        Page page = console.open("calls");
        caller("KB-LEAVE", 59.3345, 18.0632);
        press(page, "a");
        assertThat(console.byTestId("call-state")).hasText("Besvarat");
        press(page, "x");
        assertThat(console.byTestId("classify-undo")).isFocused();
        press(page, "Alt+1"); // back to the queue before the 5 s have run out: what was meant is sent
        assertThat(console.byTestId("call-idle")).isVisible();
        page.waitForCondition(() -> "CLASSIFIED".equals(console.centre().read("/api/calls/KB-LEAVE").get("call").get("state").asText()),
                new Page.WaitForConditionOptions().setTimeout(ConsoleBrowser.TIMEOUT_MILLIS));
        assertThat(console.centre().read("/api/calls/KB-LEAVE").get("call").get("classification").get("classification").asText())
                .isEqualTo("NOT_AN_EMERGENCY");
    }

    @Test
    void theHelpIsAModalAndTheOperatorCanSwitchShortcutsToAlt() {
        Page page = console.open("calls");
        Locator help = console.byTestId("help");
        press(page, "?");
        assertThat(help).isVisible();
        assertThat(console.byTestId("help-close")).isFocused();
        for (String key : new String[] {"Tab", "Tab", "Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab"}) {
            press(page, key);
            assertThat(page.evaluate("() => document.getElementById('help').contains(document.activeElement)"))
                    .as("focus inside the help after %s", key).isEqualTo(true);
        }
        tabTo(page, "keys-alt");
        press(page, "Space"); // Alt+letter from now on, kept in this browser
        assertThat(console.byTestId("keys-alt")).isChecked();
        assertThat(console.byTestId("help-shortcuts")).containsText("Alt+A");
        console.checkAccessibility(page, "the help dialog");
        press(page, "Escape");
        assertThat(help).isHidden();
        assertThat(console.byTestId("call-queue")).isFocused(); // back where the help was opened
        assertThat(page.evaluate("() => localStorage.getItem('larm.keys')")).isEqualTo("alt");

        caller("KB-ALT-1", 59.3345, 18.0632);
        caller("KB-ALT-2", 59.3345, 18.0632);
        press(page, "a"); // a plain letter does nothing now: Alt+A answers the longest waiting, KB-ALT-1
        press(page, "Alt+a");
        assertThat(console.byTestId("call-state")).hasText("Besvarat");
        assertThat(page.locator("[data-testid=call-head] h1")).hasText("Samtal KB-ALT-1");
        assertThat(console.centre().read("/api/calls/KB-ALT-2").get("call").get("state").asText()).isEqualTo("QUEUED");
        assertThat(console.byTestId("classify-CARE").locator("kbd")).hasText("Alt+C");

        console.byTestId("lang-switch").focus(); // an Alt shortcut acts anywhere
        press(page, "Alt+c");
        assertThat(console.byTestId("call-classification")).hasText("Klassat som Vård");
        console.centre().write("/api/calls/KB-ALT-2/answer", "{}", 200); // no call left in the queue for the next test
    }

    @Test
    void thePositionIsCorrectedByTypedCoordinatesOrAtTheMapsCentreMovedByArrowKeys() {
        Page page = console.open("calls");
        caller("KB-WHERE", 59.3345, 18.0632);
        press(page, "a");
        assertThat(console.byTestId("call-state")).hasText("Besvarat");

        tabTo(page, "map-search-input");
        page.keyboard().type("59,3301 18,0601");
        press(page, "Enter");
        Locator reason = console.byTestId("position-reason");
        assertThat(reason).isFocused();
        assertThat(reason).hasValue("koordinater angivna: 59.3301, 18.0601");
        press(page, "Tab");
        assertThat(console.byTestId("position-save")).isFocused();
        press(page, "Enter");
        assertThat(console.byTestId("position-corrected")).containsText("koordinater angivna: 59.3301, 18.0601");
        assertThat(console.byTestId("caller-corrected-marker")).hasAttribute("data-lat", "59.3301");
        assertThat(console.byTestId("call-position")).isFocused();

        // the map is a named region and a tab stop; the arrow keys move it, the button marks its centre
        Locator map = console.byTestId("call-map");
        assertThat(map).hasAccessibleName("Karta över inringarens position");
        assertThat(map.locator(".leaflet-control-attribution a[lang=en]")).hasText("Leaflet"); // its English title
        tabBackTo(page, "call-map");
        for (int i = 0; i < 3; i++) {
            press(page, "ArrowUp"); // north
        }
        tabTo(page, "map-mark-centre");
        press(page, "Enter");
        assertThat(reason).isFocused();
        assertThat(reason).hasValue("markerad vid kartans mitt");
        press(page, "Tab");
        press(page, "Enter");
        assertThat(console.byTestId("position-corrected")).containsText("markerad vid kartans mitt");
        double lat = Double.parseDouble(console.byTestId("caller-corrected-marker").getAttribute("data-lat"));
        assertThat(lat).as("the map was moved north before its centre was marked").isGreaterThan(59.3301);
        console.checkAccessibility(page, "the corrected position");
    }

    @Test
    void theDispatchersAndTheMedicalIndexsLettersActOnlyInTheirPanel() {
        for (String[] incident : new String[][] {{"KB-DISP-1", "2"}, {"KB-DISP-2", "3"}}) {
            console.centre().write("/api/dispatch/incidents", """
                    {"incidentId": "%s", "priority": %s, "position": {"lat": 59.3345, "lon": 18.0632}}"""
                    .formatted(incident[0], incident[1]), 201);
        }
        Page page = console.open("dispatch/KB-DISP-1");
        page.evaluate("() => localStorage.setItem('larm.keys', 'plain')"); // plain letters, whatever an earlier test chose
        page.reload();
        Locator first = page.locator("[data-testid=incident-row][data-incident-id=KB-DISP-1]");
        assertThat(first).hasAttribute("aria-selected", "true");
        assertThat(console.byTestId("assign-recommended")).isVisible();

        // outside the incidents' panel a letter does nothing: no other incident, no unit alerted
        console.byTestId("lang-switch").focus();
        for (String key : new String[] {"j", "k", "l"}) {
            page.keyboard().press(key);
        }
        assertThat(page).hasURL(Pattern.compile("#/dispatch/KB-DISP-1$"));
        assertThat(first).hasAttribute("aria-selected", "true");
        assertThat(first.getByTestId("incident-units")).hasText("");

        // in the list J and K move through the incidents, focus following (the list redraws under it), and L alerts
        first.focus();
        press(page, "j");
        Locator selected = page.locator("[data-testid=incident-row][aria-selected=true]");
        assertThat(selected).not().hasAttribute("data-incident-id", "KB-DISP-1");
        assertThat(selected).isFocused();
        press(page, "k");
        assertThat(first).hasAttribute("aria-selected", "true");
        assertThat(first).isFocused();
        assertThat(console.byTestId("assign-recommended")).isVisible();
        press(page, "l");
        assertThat(first.getByTestId("incident-status")).hasText("Enhet larmad");
        assertThat(first).isFocused();

        // the medical index: J moves to the next chapter only from the chapters' panel
        console.open("index/chest-pain");
        assertThat(console.byTestId("chapter-title")).hasText(Pattern.compile("^Kapitel 4: "));
        // the index's texts say the language the server served them in (English inside a Swedish page says so)
        String served = console.centre().read("/api/triage/index/chapters/chest-pain?lang=sv").path("language").asText("en");
        assertThat(page.locator("[data-testid=chapter-title] span")).hasAttribute("lang", served);
        assertThat(page.locator("[data-testid=advice]").first()).hasAttribute("lang", served);
        assertThat(page.locator("[data-testid=criterion] td[lang]").first()).hasAttribute("lang", served);
        console.byTestId("lang-switch").focus();
        page.keyboard().press("j");
        assertThat(page).hasURL(Pattern.compile("#/index/chest-pain$"));
        page.locator("[data-testid=chapter-link][aria-current=page]").focus();
        press(page, "j");
        assertThat(page).hasURL(Pattern.compile("#/index/heart-rhythm$"));
        assertThat(console.byTestId("chapter-title")).hasText(Pattern.compile("^Kapitel 5: "));
        Locator chosen = page.locator("[data-testid=chapter-link][aria-current=page]");
        assertThat(chosen).hasAttribute("data-chapter", "heart-rhythm");
        assertThat(chosen).isFocused(); // the view remounted; focus is back in the list, so J and K go on working
        press(page, "k");
        assertThat(page).hasURL(Pattern.compile("#/index/chest-pain$"));
    }

    private static void caller(String callId, double lat, double lon) {
        console.centre().write("/api/calls", """
                {"callId": "%s", "dialled": "112", "callerNumber": "070-123 45 67",
                 "position": {"lat": %s, "lon": %s, "uncertaintyMetres": 30, "source": "AML_SMS"}}"""
                .formatted(callId, lat, lon), 201);
        assertThat(console.page().locator("[data-testid=queue-item][data-call-id=" + callId + "]")).isVisible();
    }

    /** Presses a key and checks that focus is not on the page body afterwards (nor lost with a removed element). */
    private static void press(Page page, String key) {
        page.keyboard().press(key);
        focusNotOnBody(page, key);
    }

    private static void focusNotOnBody(Page page, String after) {
        // a redraw after the key may take a moment: focus must settle on an element, never stay on the body
        try {
            page.waitForFunction("() => document.activeElement && document.activeElement !== document.body",
                    null, new Page.WaitForFunctionOptions().setTimeout(5_000));
        } catch (PlaywrightException e) {
            throw new AssertionError("focus is on the page body after " + after);
        }
    }

    /** Tabs forward until the element with that test id has focus; fails after MAX_TABS. */
    private static void tabTo(Page page, String testId) {
        tabUntil(page, testId, "Tab");
    }

    /** Tabs backward (Shift+Tab) until the element with that test id has focus; fails after MAX_TABS. */
    private static void tabBackTo(Page page, String testId) {
        tabUntil(page, testId, "Shift+Tab");
    }

    private static void tabUntil(Page page, String testId, String key) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (testId.equals(page.evaluate("() => document.activeElement?.dataset?.testid ?? null"))) {
                return;
            }
            press(page, key);
        }
        throw new AssertionError("no " + testId + " within " + MAX_TABS + " presses of " + key + "; focus is on "
                + page.evaluate("() => document.activeElement?.outerHTML?.slice(0, 200)"));
    }
}
