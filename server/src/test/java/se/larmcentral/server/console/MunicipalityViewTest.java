package se.larmcentral.server.console;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.larmcentral.server.TestAccounts;
import se.larmcentral.centre.accounts.Role;

import java.time.Instant;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The municipality view on Monday 2025-12-22 10:00 Swedish time, the week of Christmas, as its users see it:
 * Värmdö's administrator (MUNICIPALITY_ADMIN of 0120 only) sees Värmdö's agreement with Socialjour Sydost, its week,
 * holidays, gaps and roster; the agreements administrator (AGREEMENTS_ADMIN, every municipality) picks among them
 * and sees Ekerö without an agreement.
 */
class MunicipalityViewTest {

    static final String VARMDO_ADMIN = "varmdo-admin";
    static final String AGREEMENTS_ADMIN = "agreements-admin";
    static final String PASSWORD = "a municipality test password";

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demoAt(Instant.parse("2025-12-22T09:00:00Z")).signedOut();

    @BeforeAll
    static void accounts() {
        var server = console.centre().server;
        TestAccounts.createAccount(server, VARMDO_ADMIN, PASSWORD, Set.of(Role.MUNICIPALITY_ADMIN), Set.of("0120"), null);
        TestAccounts.createAccount(server, AGREEMENTS_ADMIN, PASSWORD, Set.of(Role.AGREEMENTS_ADMIN), Set.of(), null);
    }

    @Test
    void varmdoShowsItsAgreementWeekHolidaysAndGaps() {
        console.logIn(VARMDO_ADMIN, PASSWORD);
        console.open("municipality/0120");
        assertThat(console.byTestId("who-roles")).hasText("Kommunadministratör");

        assertThat(console.byTestId("municipality-name")).hasText("Kommun: Värmdö (0120)");
        assertThat(console.byTestId("agreement-kind")).hasText("Tilläggsavtal");
        assertThat(console.byTestId("agreement-validity")).hasText("från 2018-03-01, tills vidare");
        assertThat(console.byTestId("agreement-jour")).containsText("Socialjour Sydost");
        assertThat(console.byTestId("agreement-jour")).containsText("08-465 004 10");
        assertThat(console.byTestId("agreement-serves")).containsText("0120");
        assertThat(console.byTestId("agreement-instructions")).containsText("Sydost täcker Nacka, Tyresö och Värmdö.");
        assertThat(console.byTestId("agreement-message")).hasText(
                "Socialjour Sydost har stängt nu. Vardagar 08-16: ring kommunens växel. Vid fara för liv: 112.");
        assertThat(console.byTestId("agreement-schedule")).containsText("Veckomönster: mån–fre 16:00-08:00, lör–sön 00:00-24:00");
        assertThat(console.byTestId("agreement-schedule")).containsText("afton: 00:00-24:00");

        // the week: seven days from today, Monday closed until 16:00, julafton connected all day
        assertThat(console.byTestId("week-grid").locator("[data-date]")).hasCount(7);
        assertThat(console.byTestId("week-2025-12-28")).isVisible();
        assertThat(console.byTestId("week-text-2025-12-22")).containsText("00:00–16:00 stängt: Socialjour Sydost har stängt nu.");
        assertThat(console.byTestId("week-text-2025-12-22")).containsText(
                "16:00–24:00 kopplas till Socialjour Sydost (Nacka, Tyresö, Värmdö) (08-465 004 10)");
        assertThat(console.byTestId("week-2025-12-24")).containsText("julafton");
        assertThat(console.byTestId("week-text-2025-12-24")).containsText("00:00–24:00 kopplas till Socialjour Sydost");
        assertThat(console.byTestId("week-2025-12-22").locator("[data-outcome=MESSAGE]")).hasCount(1);

        // holidays of the coming weeks and what applies on them
        assertThat(console.byTestId("holiday-2025-12-24")).containsText("julafton");
        assertThat(console.byTestId("holiday-2025-12-24")).containsText("afton, dag före helgdag");
        assertThat(console.byTestId("holiday-2025-12-24")).containsText("00:00–24:00 kopplas till Socialjour Sydost");
        assertThat(console.byTestId("holiday-2026-01-06")).containsText("trettondedag jul");
        assertThat(console.byTestId("holiday-2026-01-05")).containsText("Dag före helgdag");
        assertThat(console.byTestId("holiday-2026-01-05")).containsText("12:00–24:00 kopplas till");

        // gaps ahead: today's office hours are outside the set times
        assertThat(console.byTestId("gap-0")).containsText("utanför avtalad tid");
        assertThat(console.byTestId("gap-0")).containsText("Meddelande: Socialjour Sydost har stängt nu.");
        assertThat(console.byTestId("roster-none")).hasText("Ingen jourlista: samtalen kopplas till jourens nummer.");
        console.screenshot("municipality-varmdo");
    }

    /**
     * The roster's shifts appear live for Värmdö's administrator once the server opens the event stream to
     * municipality administrators (their municipalities' social events); on a server that does not, the bar says
     * there is no live stream for the role and the shifts appear when the view is opened again.
     */
    @Test
    void theRosterAppearsLiveWhenShiftsAreAdded() {
        boolean streamOpen = console.centre().admits(VARMDO_ADMIN, "/api/events/stream");
        console.logIn(VARMDO_ADMIN, PASSWORD);
        console.open("municipality/0120");
        assertThat(console.byTestId("roster-none")).isVisible();
        assertThat(console.byTestId("live-status")).hasAttribute("data-state", streamOpen ? "live" : "none");

        console.centre().write("/api/social/jours/sydost/roster/shifts", "{\"shifts\": ["
                + "{\"start\": \"2025-12-22T08:00+01:00\", \"end\": \"2025-12-22T16:00+01:00\","
                + " \"person\": \"Anna Berg (jourhavande)\", \"number\": \"070-174 06 30\"},"
                + "{\"start\": \"2025-12-22T16:00+01:00\", \"end\": \"2025-12-23T08:00+01:00\","
                + " \"person\": \"Omar Haddad (jourhavande)\", \"number\": \"070-174 06 31\"}]}", 201);
        if (!streamOpen) {
            assertThat(console.byTestId("live-status")).hasText("Ingen liveström för din roll");
            console.page().reload();
        }

        assertThat(console.byTestId("roster-0")).containsText("Anna Berg (jourhavande)");
        assertThat(console.byTestId("roster-0")).containsText("070-174 06 30");
        assertThat(console.byTestId("roster-0")).containsText("I tjänst nu");
        assertThat(console.byTestId("roster-1")).containsText("Omar Haddad (jourhavande)");
        assertThat(console.byTestId("roster-now")).hasCount(1);
        console.screenshot("municipality-varmdo-roster");
    }

    @Test
    void ekeroHasNoAgreementAndNoNumberToGive() {
        console.logIn(AGREEMENTS_ADMIN, PASSWORD);
        console.open("municipality/0125");

        assertThat(console.byTestId("municipality-name")).hasText("Kommun: Ekerö (0125)");
        assertThat(console.byTestId("no-agreement")).containsText("Inget avtal i kraft");
        assertThat(console.byTestId("no-agreement-say")).hasText(
                "Socialjour finns inte att tillgå i den berörda kommunen. Ingen hänvisning till annat nummer.");
        assertThat(console.byTestId("agreement-kind")).hasCount(0);
        assertThat(console.byTestId("week-text-2025-12-22")).containsText("00:00–24:00 socialjour finns inte");
        assertThat(console.byTestId("week").locator("[data-outcome=FORWARD]")).hasCount(0);
        assertThat(console.byTestId("week")).not().containsText("08-465");
        assertThat(console.byTestId("roster-none")).hasText("Ingen jour: kommunen har inget avtal.");
        console.screenshot("municipality-ekero");
    }

    @Test
    void thePickerChangesTheMunicipality() {
        console.logIn(AGREEMENTS_ADMIN, PASSWORD);
        console.open("municipality/0125");
        assertThat(console.byTestId("no-agreement")).isVisible();

        console.byTestId("municipality-picker").selectOption("0120");

        assertThat(console.page()).hasURL(java.util.regex.Pattern.compile("#/municipality/0120$"));
        assertThat(console.byTestId("municipality-name")).hasText("Kommun: Värmdö (0120)");
        assertThat(console.byTestId("agreement-kind")).hasText("Tilläggsavtal");
    }

    @Test
    void withoutAMunicipalityItOpensStockholmAndSpeaksEnglishOnRequest() {
        console.logIn(AGREEMENTS_ADMIN, PASSWORD);
        console.open("municipality");
        assertThat(console.page()).hasURL(java.util.regex.Pattern.compile("#/municipality/0180$"));
        assertThat(console.byTestId("municipality-name")).hasText("Kommun: Stockholm (0180)");

        console.byTestId("lang-switch").click();
        assertThat(console.byTestId("municipality-name")).hasText("Municipality: Stockholm (0180)");
        assertThat(console.byTestId("agreement-kind")).hasText("Extended agreement");
        assertThat(console.byTestId("week-text-2025-12-22")).containsText("00:00–24:00 connected to Socialjouren Stockholm");
        console.screenshot("municipality-stockholm-english");
    }
}
