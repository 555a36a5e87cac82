package se.larmcentral.server.console;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.server.TestAccounts;
import se.larmcentral.server.TestHttp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A VMA in the console, two supervisors: the first drafts it and cannot approve it (two-person rule), the second
 * approves and publishes it, the public feed carries it, the first cancels it with a reason.
 */
class WarningsViewTest {

    private static final String SECOND = "vma-chef-2";
    private static final String SECOND_PASSWORD = "a second supervisor's password";

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo();

    @Test
    void oneSupervisorDraftsAnotherApprovesAndPublishesAndTheFirstCancels() {
        TestAccounts.createAccount(console.centre().server, SECOND, SECOND_PASSWORD, Set.of(Role.SUPERVISOR), Set.of(), null);
        Page page = console.open("warnings");
        console.byTestId("warning-kind").selectOption("VMA");
        console.byTestId("warning-category").selectOption("CBRNE");
        console.byTestId("warning-event").fill("Gasutsläpp");
        console.byTestId("warning-headline").fill("Gå inomhus i Hammarby sjöstad");
        console.byTestId("warning-description").fill("Ett gasutsläpp vid en industri i Hammarby sjöstad.");
        console.byTestId("warning-instruction").fill("Gå inomhus, stäng fönster, dörrar och ventilation.");
        console.byTestId("warning-areaDesc").fill("Hammarby sjöstad");
        console.byTestId("warning-codes").fill("0180");
        console.byTestId("warning-save").click();

        Locator row = console.byTestId("warning-row");
        assertThat(row).hasCount(1);
        assertThat(row.getByTestId("warning-stage")).hasText("Utkast");
        assertThat(row.getByTestId("warning-approve")).isDisabled();
        assertThat(row.getByTestId("warning-own")).hasText("Du skrev utkastet – en annan arbetsledare ska godkänna det");
        assertThat(row.getByTestId("warning-steps")).containsText("Skrivet av " + ConsoleCentre.CONSOLE_USER);

        Page other = console.pageAs(SECOND, SECOND_PASSWORD);
        console.open(other, "warnings");
        Locator theirs = other.getByTestId("warning-row");
        theirs.getByTestId("warning-approve").click();
        assertThat(theirs.getByTestId("warning-stage")).hasText("Godkänt");
        theirs.getByTestId("warning-publish").click();
        assertThat(theirs.getByTestId("warning-stage")).hasText("Publicerat");
        assertThat(theirs.getByTestId("warning-steps")).containsText("Godkänt av " + SECOND);

        var feed = TestHttp.send(HttpClient.newHttpClient(), HttpRequest.newBuilder(
                URI.create(console.centre().baseUrl() + "/api/public/cap/feed.atom")).GET().build());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("VMA: Gå inomhus i Hammarby sjöstad");

        console.open("warnings");
        assertThat(row.getByTestId("warning-stage")).hasText("Publicerat");
        row.getByTestId("warning-cancel").click();
        assertThat(console.byTestId("warnings-errors")).containsText("Skriv ett skäl");
        row.getByTestId("warning-reason").fill("Utsläppet är stoppat");
        row.getByTestId("warning-cancel").click();
        assertThat(row.getByTestId("warning-stage")).hasText("Återkallat");
        assertThat(row.getByTestId("warning-steps")).containsText("Utsläppet är stoppat");
        console.screenshot("warnings-cancelled");
    }
}
