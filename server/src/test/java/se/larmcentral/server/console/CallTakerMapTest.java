package se.larmcentral.server.console;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The call-taker's map without a tile server: the streets of inner Stockholm's extract around the caller, the
 * address of the position, and a search whose chosen hit corrects the call's position with the reason filled in,
 * all by keyboard.
 */
class CallTakerMapTest {

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo();

    @Test
    void theCallInHandOnAStreetMapWithItsAddressAndASearchThatCorrectsThePosition() {
        Page page = console.open("calls");
        console.centre().write("/api/calls", """
                {"callId": "MAP-1", "dialled": "112",
                 "position": {"lat": 59.3401, "lon": 18.0589, "uncertaintyMetres": 40, "source": "AML_SMS"}}""", 201);
        page.locator("[data-testid=queue-item][data-call-id=MAP-1]").getByTestId("queue-answer").click();
        assertThat(console.byTestId("call-state")).hasText("Besvarat");

        // the map is a named region with the extract's streets drawn around the caller
        Locator map = console.byTestId("call-map");
        assertThat(map).hasAttribute("role", "region");
        assertThat(map).hasAttribute("aria-label", "Karta över inringarens position");
        assertThat(map).hasAttribute("data-streets", Pattern.compile("[1-9]\\d+"));
        assertThat(console.byTestId("call-address")).hasText(Pattern.compile("^Vid Sveavägen \\(\\d+ m\\)"));
        console.screenshot("calltaker-map-streets");

        // search by keyboard, misspelt and without å ä ö; the first hit takes the focus
        Locator search = console.byTestId("map-search-input");
        assertThat(page.locator("label[for=" + search.getAttribute("id") + "]")).hasText("Sök adress, plats eller koordinater (lat, lon)");
        search.focus();
        page.keyboard().type("gotgatn");
        page.keyboard().press("Enter");
        Locator first = console.byTestId("map-search-hit").first();
        assertThat(first).hasText("Götgatan (gata)");
        assertThat(first).isFocused();
        page.keyboard().press("Enter");

        // the chosen hit is proposed with its reason; the operator saves it
        Locator reason = console.byTestId("position-reason");
        assertThat(reason).isFocused();
        assertThat(reason).hasValue("adress angiven av inringaren: Götgatan");
        assertThat(map).hasAttribute("data-streets", Pattern.compile("[1-9]\\d+"));
        assertThat(page.locator(".map-street-name")).not().hasCount(0); // names along the streets up close
        console.screenshot("calltaker-map-search");
        page.keyboard().press("Tab");
        assertThat(console.byTestId("position-save")).isFocused();
        page.keyboard().press("Enter");

        assertThat(console.byTestId("position-corrected")).containsText("adress angiven av inringaren: Götgatan");
        assertThat(console.byTestId("caller-corrected-marker")).isVisible();
        double lat = Double.parseDouble(console.byTestId("caller-corrected-marker").getAttribute("data-lat"));
        assertThat(lat).as("Götgatan runs on Södermalm").isBetween(59.30, 59.321);
        assertThat(console.byTestId("call-address")).hasText(Pattern.compile("^Vid Götgatan \\(\\d+ m\\)"));
        console.screenshot("calltaker-map-corrected");
    }

    @Test
    void aSearchWithNoHitSaysSo() {
        Page page = console.open("calls");
        console.centre().write("/api/calls", """
                {"callId": "MAP-2", "dialled": "112",
                 "position": {"lat": 59.3150, "lon": 18.0720, "uncertaintyMetres": 40, "source": "AML_SMS"}}""", 201);
        page.locator("[data-testid=queue-item][data-call-id=MAP-2]").getByTestId("queue-answer").click();
        assertThat(console.byTestId("call-state")).hasText("Besvarat");

        console.byTestId("map-search-input").fill("Xyzzygränd");
        console.byTestId("map-search-button").click();
        assertThat(console.byTestId("map-search-note")).hasText("Ingen träff på ”Xyzzygränd”.");
        assertThat(console.byTestId("map-search-hit")).hasCount(0);
        assertThat(console.byTestId("position-correction")).isHidden();
    }
}
