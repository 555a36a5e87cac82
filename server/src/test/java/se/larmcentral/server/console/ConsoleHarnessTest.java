package se.larmcentral.server.console;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The harness itself: the demo-like centre, the console in Debian's Chromium, the pinned clock, the screenshots. */
class ConsoleHarnessTest {

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo();

    @Test
    void opensAViewOfTheConsoleAndSavesAPicture() throws Exception {
        console.open("supervisor");

        assertThat(console.byTestId("view-supervisor")).isVisible();
        assertThat(console.byTestId("nav-supervisor")).hasAttribute("aria-current", "page");
        Path shot = console.screenshot("supervisor");
        assertThat(shot).isEqualTo(Path.of(System.getProperty("basedir", "."))
                .toAbsolutePath().normalize().resolve("target/screenshots/ConsoleHarnessTest/supervisor.png"));
        assertThat(Files.readAllBytes(shot)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    @Test
    void theCentreHoldsTheDemoData() {
        assertThat(console.centre().read("/api/dispatch/fleet").get("units").size()).isGreaterThan(50);
        assertThat(console.centre().read("/api/social/municipalities/0120").get("agreementInForce").isNull()).isFalse();
        assertThat(console.centre().read("/api/social/municipalities/0125").get("agreementInForce").isNull()).isTrue();
    }

    @Test
    void theBrowserClockFollowsTheCentre() {
        console.open("supervisor");
        assertThat(console.page().evaluate("() => new Date().toISOString()")).isEqualTo("2025-03-12T11:00:00.000Z");
        console.advance(Duration.ofSeconds(42));
        assertThat(console.page().evaluate("() => new Date().toISOString()")).isEqualTo("2025-03-12T11:00:42.000Z");
        assertThat(console.centre().clock.instant()).hasToString("2025-03-12T11:00:42Z");
    }

    @Test
    void axeNamesEachViolationWithItsRuleItsElementAndItsHelp() {
        var page = console.open("supervisor"); // opening checks the view: the console as it is passes
        // a button without a name, and one whose name does not start with its visible text (WCAG 2.5.3)
        page.evaluate("() => { const a = document.createElement('button'); a.id = 'axe-nameless';"
                + " const b = document.createElement('button'); b.id = 'axe-mismatch'; b.textContent = 'English';"
                + " b.setAttribute('aria-label', 'Byt språk'); document.querySelector('main').append(a, b); }");
        assertThatThrownBy(() -> console.checkAccessibility(page, "a page with two faults"))
                .hasMessageContaining("a page with two faults")
                .hasMessageContaining("button-name").hasMessageContaining("#axe-nameless")
                .hasMessageContaining("Buttons must have discernible text")
                .hasMessageContaining("label-content-name-mismatch").hasMessageContaining("#axe-mismatch");
        page.evaluate("() => document.querySelectorAll('#axe-nameless, #axe-mismatch').forEach((b) => b.remove())");
        console.checkAccessibility(page, "the page mended");
    }

    @Test
    void aMissingBrowserIsNamedWithTheScriptToRun() {
        // The check that guards every browser test, on a path that cannot exist.
        assertThatThrownBy(() -> ConsoleBrowser.checkChromium(Path.of("/nonexistent/chromium")))
                .hasMessageContaining("/nonexistent/chromium").hasMessageContaining("scripts/ensure-chromium");
    }

    @Test
    void aMissingSharedFileIsNamed() {
        assertThatThrownBy(() -> ConsoleCentre.sharedFile("osm/no-such-extract.osm.pbf"))
                .hasMessageContaining("no-such-extract.osm.pbf").hasMessageContaining("is missing");
    }
}
