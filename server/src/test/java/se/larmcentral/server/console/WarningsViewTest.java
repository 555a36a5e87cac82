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
 * approves and publishes it, the public feed carries it; the first drafts an update of it, the second approves and
 * publishes that (the first is then replaced), and the first cancels the update with a reason.
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

        // an update: the first supervisor drafts it from the published message, the second approves and publishes it
        console.open("warnings");
        assertThat(row.getByTestId("warning-stage")).hasText("Publicerat");
        row.getByTestId("warning-update").click();
        assertThat(console.byTestId("warning-updating")).containsText("Uppdatering av \"Gå inomhus i Hammarby sjöstad\"");
        assertThat(console.byTestId("warning-codes")).hasValue("0180");
        console.byTestId("warning-headline").fill("Gå inomhus på Södermalm och i Hammarby sjöstad");
        console.byTestId("warning-save").click();
        Locator rows = console.byTestId("warning-row");
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0).getByTestId("warning-stage")).hasText("Utkast");

        console.open(other, "warnings");
        Locator newest = other.getByTestId("warning-row").nth(0);
        newest.getByTestId("warning-approve").click();
        assertThat(newest.getByTestId("warning-stage")).hasText("Godkänt");
        newest.getByTestId("warning-publish").click();
        assertThat(newest.getByTestId("warning-stage")).hasText("Publicerat");
        assertThat(other.getByTestId("warning-row").nth(1).getByTestId("warning-stage")).hasText("Ersatt");

        console.open("warnings");
        Locator current = rows.nth(0);
        assertThat(current.getByTestId("warning-stage")).hasText("Publicerat");
        current.getByTestId("warning-cancel").click();
        assertThat(console.byTestId("warnings-errors")).containsText("Skriv ett skäl");
        current.getByTestId("warning-reason").fill("Utsläppet är stoppat");
        current.getByTestId("warning-cancel").click();
        assertThat(current.getByTestId("warning-stage")).hasText("Återkallat");
        assertThat(current.getByTestId("warning-steps")).containsText("Utsläppet är stoppat");
        console.screenshot("warnings-cancelled");
    }
}
