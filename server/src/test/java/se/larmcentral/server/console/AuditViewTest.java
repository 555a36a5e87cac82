package se.larmcentral.server.console;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.larmcentral.server.TestAccounts;
import se.larmcentral.server.TestHttp;
import se.larmcentral.centre.accounts.Role;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Who changed Värmdö's roster, when, and what did it say before", in the console: two administrators of Värmdö
 * change Socialjour Sydost's roster through the API (with their own tokens), five minutes apart; the audit page for
 * Värmdö's roster shows both changes, who made each and when, and beside the second the roster it replaced.
 */
class AuditViewTest {

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo();

    @BeforeAll
    static void twoAdministratorsChangeSydostsRoster() {
        var server = console.centre().server;
        String lena = TestAccounts.tokenFor(server, "varmdo-admin-lena", Set.of(Role.MUNICIPALITY_ADMIN), Set.of("0120"), null);
        String olle = TestAccounts.tokenFor(server, "varmdo-admin-olle", Set.of(Role.MUNICIPALITY_ADMIN), Set.of("0120"), null);
        post(lena, "/api/social/jours/sydost/roster/shifts", "{\"shifts\": ["
                + shift("2025-03-13T16:00+01:00", "2025-03-14T08:00+01:00", "Anna Berg", "070-174 06 30") + "]}");
        console.centre().clock.advance(Duration.ofMinutes(5));
        // Olle replaces 13 March from a calendar: Bo Ek instead of Anna Berg
        send(olle, "PUT", "/api/social/jours/sydost/roster?from=2025-03-13&to=2025-03-14", "text/calendar",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Larmcentral test//Jourlista//SV\r\n"
                        + "BEGIN:VEVENT\r\nUID:bo\r\nDTSTAMP:20250301T120000Z\r\nSUMMARY:Socialjour\r\n"
                        + "DTSTART:20250313T150000Z\r\nDTEND:20250314T070000Z\r\n"
                        + "ATTENDEE;CN=Bo Ek:tel:+46701740631\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    }

    private static String shift(String start, String end, String person, String number) {
        return "{\"start\": \"" + start + "\", \"end\": \"" + end + "\", \"person\": \"" + person + "\", \"number\": \"" + number + "\"}";
    }

    private static void post(String token, String path, String json) {
        send(token, "POST", path, "application/json", json);
    }

    private static void send(String token, String method, String path, String contentType, String body) {
        HttpResponse<String> answer = TestHttp.send(HttpClient.newHttpClient(), HttpRequest.newBuilder(
                        URI.create(console.centre().baseUrl() + path))
                .header("Content-Type", contentType).header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(answer.statusCode()).as("%s %s: %s", method, path, answer.body()).isBetween(200, 201);
    }

    @Test
    void varmdosRosterShowsWhoChangedItWhenAndWhatItSaidBefore() {
        Page page = console.open("audit/municipality=0120&subject=roster");

        Locator entries = console.byTestId("audit-entry");
        assertThat(entries).hasCount(2);
        assertThat(console.byTestId("audit-municipality")).hasValue("0120");
        assertThat(console.byTestId("audit-subject")).hasValue("roster");

        Locator first = entries.nth(0);
        assertThat(first.getByTestId("audit-who")).hasText("varmdo-admin-lena");
        assertThat(first.getByTestId("audit-when")).hasText("2025-03-12 12:00");
        assertThat(first).containsText("Pass tillagda i jourlistan");
        assertThat(first.getByTestId("audit-subject-id")).hasText("Jourlista: sydost");
        assertThat(first.getByTestId("audit-before")).hasText("(inget)");
        assertThat(first.getByTestId("audit-after")).containsText("Anna Berg: 2025-03-13 16:00 – 2025-03-14 08:00 · 070-174 06 30");

        Locator second = entries.nth(1);
        assertThat(second.getByTestId("audit-who")).hasText("varmdo-admin-olle");
        assertThat(second.getByTestId("audit-when")).hasText("2025-03-12 12:05");
        assertThat(second).containsText("Jourlistan ersatt");
        // what it said before: Lena's roster, beside Olle's
        assertThat(second.getByTestId("audit-before")).containsText("Anna Berg: 2025-03-13 16:00 – 2025-03-14 08:00");
        assertThat(second.getByTestId("audit-after")).containsText("Bo Ek");
        assertThat(second.getByTestId("audit-after")).not().containsText("Anna Berg");
        assertThat(console.byTestId("audit-count")).hasText("2 ändringar visas");
        assertThat(console.byTestId("audit-more")).isHidden();
        console.screenshot("audit-varmdo-roster");
    }

    @Test
    void theFormAsksByActorAndPagesThroughMore() {
        Page page = console.open("audit");
        assertThat(console.byTestId("audit-municipality").locator("option[value='0120']")).hasCount(1);

        console.byTestId("audit-municipality").selectOption("0120");
        console.byTestId("audit-subject").selectOption("roster");
        console.byTestId("audit-actor").fill("varmdo-admin-olle");
        console.byTestId("audit-show").click();

        assertThat(page).hasURL(Pattern.compile("#/audit/municipality=0120&subject=roster&actor=varmdo-admin-olle$"));
        assertThat(console.byTestId("audit-entry")).hasCount(1);
        assertThat(console.byTestId("audit-who")).hasText("varmdo-admin-olle");

        // a page at a time (the route's limit is the page's size)
        console.open("audit/municipality=0120&subject=roster&limit=1");
        assertThat(console.byTestId("audit-entry")).hasCount(1);
        assertThat(console.byTestId("audit-count")).hasText("1 ändringar visas – det finns fler");
        console.byTestId("audit-more").click();
        assertThat(console.byTestId("audit-entry")).hasCount(2);
        assertThat(console.byTestId("audit-entry").last().getByTestId("audit-who")).hasText("varmdo-admin-olle");
        assertThat(console.byTestId("audit-more")).isHidden();
    }

    @Test
    void aBadPeriodIsNamed() {
        console.open("audit/municipality=0120&from=2025-13-40");
        assertThat(console.byTestId("audit-errors")).containsText("from");
    }
}
