package se.larmcentral.server.console;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The call-taker's queue as a screen reader and a colour-blind operator meet it: each answer button names its call,
 * lateness is said in words, the new-call announcement gives the queue length, the language switch is named by
 * what it shows.
 */
class QueueAccessibilityTest {

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo();

    @Test
    void eachAnswerButtonNamesItsCallAndLatenessIsSaidInWords() {
        Page page = console.open("calls");
        console.centre().write("/api/calls", "{\"callId\": \"A11Y-1\", \"dialled\": \"112\", \"callerNumber\": \"070-123 45 67\"}", 201);
        Locator item = page.locator("[data-testid=queue-item][data-call-id=A11Y-1]");
        assertThat(item.getByRole(AriaRole.BUTTON)).hasAccessibleName(java.util.regex.Pattern.compile(
                "^Svara: 112, 070-123 45 67, väntat \\d s$"));
        assertThat(console.byTestId("queue-announce")).containsText("väntar");
        assertThat(item.getByTestId("queue-late")).isHidden();

        console.advance(Duration.ofSeconds(16)); // the answer target is 15 s
        assertThat(item.getByTestId("queue-late")).hasText("sen");
        assertThat(item.getByRole(AriaRole.BUTTON)).hasAccessibleName(java.util.regex.Pattern.compile("väntat 1\\d s, sen$"));
        console.advance(Duration.ofSeconds(64)); // the wait in words, as a screen reader says it
        assertThat(item.getByRole(AriaRole.BUTTON)).hasAccessibleName(java.util.regex.Pattern.compile("väntat 1 min 2\\d s, sen$"));

        Locator language = console.byTestId("lang-switch");
        assertThat(language).hasAccessibleName("English");
        assertThat(language).hasAttribute("lang", "en");
    }
}
