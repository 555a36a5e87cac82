package se.larmcentral.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.stream.StreamSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The dispatcher's unit board: in its own scrolling box, filtered by status and by type, following status reports live. */
class UnitBoardTest {

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo();

    @Test
    void theBoardScrollsFiltersByTypeAndStatusAndFollowsAStatusReport() {
        Page page = console.open("dispatch");
        JsonNode fleet = console.centre().read("/api/dispatch/fleet").get("units");
        Locator rows = console.byTestId("unit-row");
        assertThat(rows).hasCount(fleet.size());
        assertThat(console.byTestId("units-shown")).hasText("Visar " + fleet.size() + " av " + fleet.size());
        // the whole fleet does not fit: the board scrolls in its box, the page does not grow with it
        assertThat((Boolean) console.byTestId("unit-scroll").evaluate("e => e.scrollHeight > e.clientHeight")).isTrue();

        long cars = StreamSupport.stream(fleet.spliterator(), false).filter(u -> u.get("type").asText().equals("PHYSICIAN_CAR")).count();
        assertThat(cars).as("the demo fleet has physician cars").isPositive();
        console.byTestId("units-filter-type").selectOption("PHYSICIAN_CAR");
        assertThat(rows).hasCount((int) cars);
        for (Locator type : console.byTestId("unit-type").all()) {
            assertThat(type).hasText("Läkarbil");
        }
        console.byTestId("units-filter-type").selectOption("");

        String unitId = fleet.get(0).get("id").asText();
        console.byTestId("units-filter-status").selectOption("TEMPORARILY_UNAVAILABLE");
        assertThat(rows).hasCount(0);
        // the unit reports itself unavailable: the board shows it at once, the filter keeps it
        console.centre().write("/api/dispatch/units/" + unitId + "/status",
                "{\"status\": \"TEMPORARILY_UNAVAILABLE\", \"reason\": \"sanering\", \"expectedBackAt\": \""
                        + console.centre().clock.instant().plusSeconds(1800) + "\"}", 200);
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).hasAttribute("data-unit-id", unitId);
        assertThat(rows.first().getByTestId("unit-status")).hasText("Ej larmberedd");
        assertThat(console.byTestId("units-filter-status")).hasValue("TEMPORARILY_UNAVAILABLE");
        console.screenshot("unit-board-filtered");
    }

    @Test
    void compactRowsShowManyUnitsAt1440By900WithoutSplittingWordsAndTheNavStaysOnOneLine() {
        Page page = console.open("dispatch");
        Locator rows = console.byTestId("unit-row");
        assertThat(rows.first()).isVisible();
        // rows wholly inside the board's box at 1440x900
        int visible = ((Number) console.byTestId("unit-scroll").evaluate("box => { const b = box.getBoundingClientRect();"
                + " return [...box.querySelectorAll('[data-testid=unit-row]')].filter(r => { const o = r.getBoundingClientRect();"
                + " return o.top >= b.top && o.bottom <= b.bottom && o.bottom <= innerHeight; }).length; }")).intValue();
        assertThat(visible).as("unit rows visible without scrolling at 1440x900").isGreaterThanOrEqualTo(20);
        // no cell breaks a word anywhere: short columns stay on one line, the station's name wraps between words
        // and is hyphenated by the page's language
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        Locator firstRow = rows.first();
        for (Locator cell : firstRow.locator("td").all()) {
            assertThat((String) cell.evaluate("c => getComputedStyle(c).overflowWrap")).isNotEqualTo("anywhere");
        }
        assertThat((String) firstRow.getByTestId("unit-station").evaluate("c => getComputedStyle(c).hyphens")).isEqualTo("auto");
        assertThat((String) firstRow.locator("td.callsign").evaluate("c => getComputedStyle(c).whiteSpace")).isEqualTo("nowrap");
        // the station's name in Swedish (in full in its title; the column, headed "Station", leaves out the prefix)
        assertThat(firstRow.getByTestId("unit-station")).hasAttribute("title", java.util.regex.Pattern.compile("^Ambulansstation "));
        assertThat(firstRow.getByTestId("unit-station")).not().containsText("Ambulansstation");
        // the navigation bar keeps its links on one line at 1440 px
        Locator nav = console.byTestId("nav");
        int navHeight = ((Number) nav.evaluate("n => n.getBoundingClientRect().height")).intValue();
        int linkHeight = ((Number) nav.locator("a").first().evaluate("a => a.getBoundingClientRect().height")).intValue();
        assertThat(navHeight).as("nav height against one link's").isLessThanOrEqualTo(linkHeight + 4);
        int tops = ((Number) nav.evaluate("n => new Set([...n.querySelectorAll('a')].map(a => Math.round(a.getBoundingClientRect().top))).size")).intValue();
        assertThat(tops).as("rows of navigation links").isEqualTo(1);
        for (Locator link : nav.locator("a").all()) {
            assertThat((Boolean) link.evaluate("a => { const r = a.getBoundingClientRect(); const n = a.parentElement.getBoundingClientRect();"
                    + " return r.left >= n.left && r.right <= n.right && r.right <= innerWidth; }")).as("link %s wholly shown", link.textContent()).isTrue();
        }
        console.screenshot("unit-board-compact");
    }
}
