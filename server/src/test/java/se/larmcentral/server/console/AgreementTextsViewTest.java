package se.larmcentral.server.console;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.larmcentral.server.TestAccounts;
import se.larmcentral.centre.accounts.Role;

import java.util.Set;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement's texts in the console: Värmdö's own administrator changes the message callers hear outside the set
 * times (a blank one is refused beside the field and changes nothing), then follows "who changed the agreement" to
 * the audit and finds their change with the message before and after. The edit action is there only for those the
 * server lets change the texts: Värmdö's administrator and the agreements administrator, not on a basic agreement,
 * not for a call-taker or the auditor.
 */
class AgreementTextsViewTest {

    static final String VARMDO_ADMIN = "varmdo-admin";
    static final String AGREEMENTS_ADMIN = "agreements-admin";
    static final String CALL_TAKER = "calltaker";
    static final String AUDITOR = "auditor";
    static final String PASSWORD = "an agreement texts test password";
    static final String VARMDO_AGREEMENT = "/api/social/agreements/0120/2018-03-01";
    static final String DEMO_MESSAGE = "Socialjour Sydost har stängt nu. Vardagar 08-16: ring kommunens växel. Vid fara för liv: 112.";
    static final String NEW_MESSAGE = "Socialjour Sydost har stängt. Vardagar 08-16: ring Värmdö kommuns kontaktcenter. Vid fara för liv: 112.";

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo().signedOut();

    @BeforeAll
    static void accounts() {
        var server = console.centre().server;
        TestAccounts.createAccount(server, VARMDO_ADMIN, PASSWORD, Set.of(Role.MUNICIPALITY_ADMIN), Set.of("0120"), null);
        TestAccounts.createAccount(server, AGREEMENTS_ADMIN, PASSWORD, Set.of(Role.AGREEMENTS_ADMIN), Set.of(), null);
        TestAccounts.createAccount(server, CALL_TAKER, PASSWORD, Set.of(Role.CALL_TAKER), Set.of(), null);
        TestAccounts.createAccount(server, AUDITOR, PASSWORD, Set.of(Role.AUDITOR), Set.of(), null);
    }

    private static String serversMessage() {
        return console.centre().read(VARMDO_AGREEMENT).path("message").asText();
    }

    @Test
    void varmdosAdministratorChangesTheMessageAndFindsTheChangeInTheAudit() {
        console.logIn(VARMDO_ADMIN, PASSWORD);
        Page page = console.open("municipality/0120");
        assertThat(console.byTestId("agreement-message")).hasText(DEMO_MESSAGE);

        console.byTestId("agreement-texts-edit").click();
        assertThat(console.byTestId("texts-form")).isVisible();
        assertThat(console.byTestId("texts-message")).hasValue(DEMO_MESSAGE);
        assertThat(console.byTestId("texts-message")).isFocused();
        assertThat(console.byTestId("texts-instructions")).hasValue("Sydost täcker Nacka, Tyresö och Värmdö. Uppge kommun vid överkoppling.");

        // a blank message: refused beside the field, nothing changed
        console.byTestId("texts-message").fill("   ");
        console.byTestId("texts-save").click();
        assertThat(console.byTestId("texts-error-message")).isVisible();
        assertThat(console.byTestId("texts-error-message")).containsText("Meddelandet: is blank");
        assertThat(console.byTestId("texts-message")).hasAttribute("aria-invalid", "true");
        assertThat(console.byTestId("texts-error-instructions")).isHidden();
        assertThat(console.byTestId("texts-form")).isVisible();
        console.screenshot("texts-blank-message");
        assertThat(serversMessage()).isEqualTo(DEMO_MESSAGE);

        // a valid one: saved, the form closes and the agreement shows it
        console.byTestId("texts-message").fill(NEW_MESSAGE);
        console.byTestId("texts-save").click();
        assertThat(console.byTestId("texts-form")).hasCount(0);
        assertThat(console.byTestId("agreement-message")).hasText(NEW_MESSAGE);
        assertThat(console.byTestId("agreement-texts-edit")).isFocused();
        assertThat(console.byTestId("agreement-instructions")).containsText("Uppge kommun vid överkoppling.");
        assertThat(console.byTestId("toast-ok")).containsText("Avtalets texter är sparade.");
        assertThat(serversMessage()).isEqualTo(NEW_MESSAGE);
        console.screenshot("texts-saved");

        // who changed this: the audit of Värmdö's agreement, with their change, the message before and after
        console.byTestId("agreement-audit-link").click();
        assertThat(page).hasURL(Pattern.compile("#/audit/municipality=0120&subject=agreement$"));
        assertThat(console.byTestId("audit-municipality")).hasValue("0120");
        assertThat(console.byTestId("audit-municipality").locator("option")).hasCount(1);
        assertThat(console.byTestId("audit-municipality").locator("option")).hasText("Värmdö (0120)");
        assertThat(console.byTestId("audit-subject").locator("option")).hasCount(5); // everything, and their four
        assertThat(console.byTestId("audit-subject").locator("option[value=no-agreement-policy]")).hasCount(0);
        Locator change = page.locator("[data-testid=audit-entry][data-event='social.AgreementTextsSet']");
        assertThat(change).hasCount(1);
        assertThat(change.getByTestId("audit-who")).hasText(VARMDO_ADMIN);
        assertThat(change).containsText("Avtalets texter ändrade");
        assertThat(change.getByTestId("audit-subject-id")).hasText("Avtal: 0120/2018-03-01");
        assertThat(change.getByTestId("audit-before")).containsText(DEMO_MESSAGE);
        assertThat(change.getByTestId("audit-after")).containsText(NEW_MESSAGE);
        assertThat(change.getByTestId("audit-after")).not().containsText(DEMO_MESSAGE);
        // the message is what changed, marked on both sides; the instructions are not
        assertThat(change.locator("[data-testid=audit-before] [data-changed]")).hasText(DEMO_MESSAGE);
        assertThat(change.locator("[data-testid=audit-after] [data-changed]")).hasText(NEW_MESSAGE);
        change.scrollIntoViewIfNeeded();
        console.screenshot("texts-audit");

        console.byTestId("lang-switch").click();
        assertThat(page.locator("[data-testid=audit-entry][data-event='social.AgreementTextsSet']")).containsText("Agreement texts changed");
    }

    @Test
    void aMunicipalityAdministratorAuditsOnlyTheirOwnMunicipality() {
        console.logIn(VARMDO_ADMIN, PASSWORD);
        Page page = console.open("audit");
        assertThat(page).hasURL(Pattern.compile("#/audit/municipality=0120$"));
        assertThat(console.byTestId("audit-count")).isVisible();
        assertThat(console.byTestId("audit-errors")).isEmpty();
        assertThat(console.byTestId("audit-municipality").locator("option[value='']")).hasCount(0);

        console.open("audit/municipality=0180");
        assertThat(console.byTestId("audit-not-yours")).hasText("Kommun 0180 hör inte till dig. Du granskar: 0120.");
        assertThat(console.byTestId("audit-entry")).hasCount(0);
    }

    @Test
    void onlyThoseTheServerLetsChangeTheTextsAreOfferedTheEdit() {
        String message = serversMessage(); // whatever the other test left

        console.logIn(CALL_TAKER, PASSWORD);
        console.open("municipality/0120");
        assertThat(console.byTestId("agreement-message")).hasText(message);
        assertThat(console.byTestId("agreement-texts-edit")).hasCount(0);
        assertThat(console.byTestId("agreement-audit-link")).hasCount(0); // the audit is not the call-taker's

        console.logIn(AUDITOR, PASSWORD);
        console.page().reload();
        assertThat(console.byTestId("agreement-message")).hasText(message);
        assertThat(console.byTestId("agreement-texts-edit")).hasCount(0);
        assertThat(console.byTestId("agreement-audit-link")).isVisible();

        // the agreements administrator may, on any extended agreement; cancelling changes nothing
        console.logIn(AGREEMENTS_ADMIN, PASSWORD);
        console.page().reload();
        console.byTestId("agreement-texts-edit").click();
        console.byTestId("texts-message").fill("Något annat");
        console.byTestId("texts-cancel").click();
        assertThat(console.byTestId("texts-form")).hasCount(0);
        assertThat(console.byTestId("agreement-message")).hasText(message);
        assertThat(serversMessage()).isEqualTo(message);

        // not on Lidingö's basic agreement, nor where there is no agreement (Ekerö)
        console.open("municipality/0186");
        assertThat(console.byTestId("agreement-kind")).hasText("Grundtjänst");
        assertThat(console.byTestId("agreement-texts-edit")).hasCount(0);
        console.open("municipality/0125");
        assertThat(console.byTestId("no-agreement")).isVisible();
        assertThat(console.byTestId("agreement-texts-edit")).hasCount(0);
    }
}
