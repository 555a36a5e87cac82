package se.larmcentral.server.console;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The harness itself: Debian's Chromium shows a page of the demo-like centre and the screenshot is readable. */
class ConsoleSmokeTest {

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo();

    @Test
    void chromiumRendersTheApiDocumentOfTheDemoCentre() throws Exception {
        Page page = console.navigate("/openapi.json");

        assertThat(page.locator("body")).containsText("/api/calls/figures/live");
        assertThat(page.locator("body")).containsText("/api/social/municipalities/{code}");
        Path shot = console.screenshot("openapi");
        assertThat(Files.size(shot)).isGreaterThan(1000);
        assertThat(Files.readAllBytes(shot)).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void theCentreHoldsTheDemoData() {
        assertThat(console.centre().read("/api/dispatch/fleet").get("units").size()).isGreaterThan(50);
        assertThat(console.centre().read("/api/social/municipalities/0120").get("agreementInForce").isNull()).isFalse();
    }

    @Test
    void theBrowserClockFollowsTheCentre() {
        console.navigate("/openapi.json");
        Object now = console.page().evaluate("() => new Date().toISOString()");
        assertThat(now).isEqualTo("2025-03-12T11:00:00.000Z");
        console.advance(Duration.ofSeconds(42));
        assertThat(console.page().evaluate("() => new Date().toISOString()")).isEqualTo("2025-03-12T11:00:42.000Z");
    }

    @Test
    void aMissingBrowserIsNamedWithTheScriptToRun() {
        // The check that guards every browser test, on a path that cannot exist.
        assertThatThrownBy(() -> ConsoleBrowser.checkChromium(Path.of("/nonexistent/chromium")))
                .hasMessageContaining("/nonexistent/chromium").hasMessageContaining("scripts/ensure-chromium");
    }
}
