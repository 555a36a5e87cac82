package se.larmcentral.server.console;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's login form, in a browser that starts signed out: a wrong password shows the error and nothing of the
 * console; the right one opens the first view the roles allow; logging out ends the session and shows the form; the
 * login throttle's refusal is readable; a session that ends mid-shift brings the form back and, after login, the view
 * the operator was on.
 */
class ConsoleLoginTest {

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo().signedOut();

    private Page openSignedOut(String route) {
        Page page = console.navigate("/console/" + route);
        assertThat(console.byTestId("login-form")).isVisible();
        return page;
    }

    private void submit(String username, String password) {
        console.byTestId("login-username").fill(username);
        console.byTestId("login-password").fill(password);
        console.byTestId("login-submit").click();
    }

    @Test
    void aWrongPasswordShowsTheErrorAndNothingOfTheConsole() {
        Page page = openSignedOut("");
        console.screenshot("login-form");

        submit(ConsoleCentre.CONSOLE_USER, "not the password at all");

        assertThat(console.byTestId("login-error")).hasText("Fel användarnamn eller lösenord.");
        assertThat(console.byTestId("login-form")).isVisible();
        assertThat(console.byTestId("nav").locator("a")).hasCount(0);
        assertThat(page.locator("[data-testid^=view-]")).hasCount(0);
        assertThat(console.byTestId("who")).isEmpty();
        assertThat(console.byTestId("live-status")).isHidden();
        console.screenshot("login-wrong-password");
    }

    @Test
    void theRightPasswordOpensTheConsoleAndLoggingOutShowsTheFormAgain() {
        Page page = openSignedOut("");

        submit(ConsoleCentre.CONSOLE_USER, ConsoleCentre.CONSOLE_PASSWORD);

        assertThat(console.byTestId("view-calls")).isVisible(); // the first view the roles allow
        assertThat(page).hasURL(Pattern.compile("#/calls$"));
        assertThat(console.byTestId("who-name")).hasText(ConsoleCentre.CONSOLE_USER);
        assertThat(console.byTestId("who-roles")).containsText("Larmoperatör");
        assertThat(console.byTestId("nav-dispatch")).isVisible();
        assertThat(console.byTestId("live-status")).hasAttribute("data-state", "live");

        console.byTestId("logout").click();

        assertThat(console.byTestId("login-form")).isVisible();
        assertThat(console.byTestId("nav").locator("a")).hasCount(0);
        assertThat(page.locator("[data-testid^=view-]")).hasCount(0);
        // the session ended on the server, not only in the page
        assertThat(page.request().get(console.centre().baseUrl() + "/api/session").status()).isEqualTo(401);
    }

    @Test
    void theLoginThrottleIsExplainedInWords() {
        openSignedOut("");
        // an unknown name is throttled like a known one: after three failures in a row each try waits
        for (int i = 0; i < 3; i++) {
            submit("nobody-here", "a wrong password " + i);
            assertThat(console.byTestId("login-error")).hasText("Fel användarnamn eller lösenord.");
            console.byTestId("login-error").evaluate("e => e.textContent = ''");
        }

        submit("nobody-here", "one more wrong password");

        assertThat(console.byTestId("login-error")).hasText("För många misslyckade inloggningar. Försök igen om 1 s.");
        console.screenshot("login-throttled");
    }

    @Test
    void aSessionThatEndsMidShiftBringsTheFormAndThenTheSameViewBack() {
        console.logIn(ConsoleCentre.CONSOLE_USER, ConsoleCentre.CONSOLE_PASSWORD);
        Page page = console.open("supervisor");
        assertThat(console.byTestId("live-status")).hasAttribute("data-state", "live");

        page.context().clearCookies(); // the session is gone: the next request answers 401
        console.centre().write("/api/calls", """
                {"callId": "LATE-1", "dialled": "112", "callerNumber": "070-555 01 02"}""", 201);

        // the supervisor view reloads on the call's event, is refused, and the login form comes back
        assertThat(console.byTestId("login-expired")).hasText("Din session har upphört. Logga in igen för att fortsätta där du var.");
        assertThat(console.byTestId("view-supervisor")).hasCount(0);
        assertThat(page).hasURL(Pattern.compile("#/supervisor$"));
        console.screenshot("login-session-ended");

        submit(ConsoleCentre.CONSOLE_USER, ConsoleCentre.CONSOLE_PASSWORD);

        assertThat(console.byTestId("view-supervisor")).isVisible();
        assertThat(console.byTestId("queue-length")).hasText("1");
        assertThat(console.byTestId("live-status")).hasAttribute("data-state", "live");
    }
}
