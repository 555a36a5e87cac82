package se.larmcentral.server.console;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Position;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.crisis.cap.CapSchema;
import se.larmcentral.server.TestAccounts;
import se.larmcentral.server.TestHttp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A VMA in the console, two supervisors: the first drafts it and cannot approve it (two-person rule), the second
 * approves and publishes it, the public feed carries it; the first drafts an update of it, the second approves and
 * publishes that (the first is then replaced), and the first cancels the update with a reason. Then a VMA whose area is
 * a polygon drawn on the map (typed faults and a corner outside the region named in Swedish) with an English text:
 * published, it is on the map of current messages and its CAP, one info per language, is valid against the schema.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the first counts the rows from an empty list
class WarningsViewTest {

    private static final String SECOND = "vma-chef-2";
    private static final String SECOND_PASSWORD = "a second supervisor's password";

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo();

    @Test
    @Order(1)
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

    @Test
    @Order(2)
    void aVmaWithAPolygonDrawnOnTheMapAndAnEnglishTextIsShownOnTheMapOncePublished() {
        TestAccounts.createAccount(console.centre().server, "vma-chef-3", SECOND_PASSWORD, Set.of(Role.SUPERVISOR), Set.of(), null);
        Page page = console.open("warnings");
        console.byTestId("warning-kind").selectOption("VMA");
        console.byTestId("warning-category").selectOption("Fire");
        console.byTestId("warning-event").fill("Brand");
        console.byTestId("warning-headline").fill("Stäng fönster på Södermalm");
        console.byTestId("warning-description").fill("Kraftig rök från en brand på Södermalm.");
        console.byTestId("warning-areaDesc").fill("Södermalm");
        Locator polygon = console.byTestId("warning-polygon");
        Locator error = console.byTestId("warnings-error");

        polygon.fill("59.31,18.03\nGötgatan\n59.30,18.09\n59.31,18.03");
        console.byTestId("warning-save").click();
        assertThat(error).containsText("Polygon: punkt 2 (\"Götgatan\") är ingen koordinat");
        // a corner in Göteborg: the server's region, named as the supervisor counts the points
        polygon.fill("59.31,18.03\n57.7072,11.9668\n59.30,18.09\n59.31,18.03");
        console.byTestId("warning-save").click();
        assertThat(error).containsText("Polygon: punkt 2 ligger utanför centralens region");

        // drawn: three clicks on the map, then closed
        console.byTestId("warning-polygon-clear").click();
        Locator map = console.byTestId("warnings-map");
        BoundingBox box = map.boundingBox();
        for (double[] at : new double[][] {{0.46, 0.42}, {0.54, 0.42}, {0.50, 0.58}}) {
            map.click(new Locator.ClickOptions().setPosition(new Position(box.width * at[0], box.height * at[1])));
        }
        assertThat(page.locator("path.warning-draft-polygon")).hasCount(1);
        console.byTestId("warning-save").click();
        assertThat(error).containsText("Polygon: 3 punkter; en sluten polygon behöver minst 4");
        console.byTestId("warning-polygon-close").click();
        org.assertj.core.api.Assertions.assertThat(polygon.inputValue().split("\n")).hasSize(4);

        console.byTestId("warning-en-headline").fill("Close windows on Södermalm");
        console.byTestId("warning-save").click();
        assertThat(error).containsText("Engelsk text: fyll i händelse, rubrik och beskrivning");
        console.byTestId("warning-en-event").fill("Fire");
        console.byTestId("warning-en-description").fill("Heavy smoke from a fire on Södermalm.");
        console.byTestId("warning-en-instruction").fill("Go indoors and close windows.");
        console.byTestId("warning-save").click();
        Locator row = page.locator("[data-testid=warning-row]", new Page.LocatorOptions().setHasText("Stäng fönster på Södermalm"));
        assertThat(row.getByTestId("warning-stage")).hasText("Utkast");
        String id = row.getAttribute("data-identifier");
        console.checkAccessibility(page, "the warning form with a polygon and an English text");

        Page other = console.pageAs("vma-chef-3", SECOND_PASSWORD);
        console.open(other, "warnings");
        Locator theirs = other.locator("[data-identifier='" + id + "']");
        theirs.getByTestId("warning-approve").click();
        assertThat(theirs.getByTestId("warning-stage")).hasText("Godkänt");
        theirs.getByTestId("warning-publish").click();
        assertThat(theirs.getByTestId("warning-stage")).hasText("Publicerat");
        assertThat(other.locator("path.warning-polygon")).hasCount(1);
        assertThat(other.getByTestId("warnings-map-count")).hasText("Ett publicerat meddelande med polygon.");
        console.screenshot(other, "warnings-polygon-published");

        var cap = TestHttp.send(HttpClient.newHttpClient(), HttpRequest.newBuilder(
                URI.create(console.centre().baseUrl() + "/api/public/cap/" + id + ".xml")).GET().build());
        assertThat(cap.statusCode()).isEqualTo(200);
        CapSchema schema = CapSchema.load(Path.of(System.getProperty("larm.sharedData"), "cap", "CAP-v1.2.xsd"));
        assertThat(schema.problems(cap.body().getBytes(StandardCharsets.UTF_8))).as(cap.body()).isEmpty();
        assertThat(cap.body()).contains("<language>en-US</language>").contains("<headline>Close windows on Södermalm</headline>")
                .contains("<polygon>");
    }
}
