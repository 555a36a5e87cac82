package se.larmcentral.server.console;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.larmcentral.core.Actor;
import se.larmcentral.server.TestAccounts;
import se.larmcentral.server.TestHttp;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.centre.accounts.Account;
import se.larmcentral.centre.accounts.AccountCommands;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account administrator's view: a call-taker's account made in the form logs in; an API token is shown once,
 * works, and stops working when revoked; refusals stand beside the field they name (a bad username, a short
 * password, a name in use, a municipality administrator without municipalities); the last administrator cannot be
 * disabled or lose the role, and the view says so in words; the auditor reads without a form.
 */
class AccountsViewTest {

    static final String PASSWORD = "an accounts test password";

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo().signedOut();

    @BeforeAll
    static void accounts() {
        var server = console.centre().server;
        TestAccounts.createAccount(server, "admin", PASSWORD, Set.of(Role.ADMINISTRATOR), Set.of(), null);
        TestAccounts.createAccount(server, "auditor", PASSWORD, Set.of(Role.AUDITOR), Set.of(), null);
    }

    private Page openAsAdmin(String route) {
        console.logIn("admin", PASSWORD);
        Page page = console.open(route);
        page.locator("[data-testid=view-accounts][data-loaded=true]").waitFor();
        return page;
    }

    @Test
    void anAdministratorCreatesACallTakerWhoThenLogsIn() {
        console.logIn("admin", PASSWORD);
        Page page = console.navigate("/console/");
        assertThat(console.byTestId("view-accounts")).isVisible(); // the administrator's first view
        assertThat(page).hasURL(Pattern.compile("#/accounts$"));
        // accounts, the regional contract (extensions) and the operations view (nodes, replication)
        assertThat(console.byTestId("nav").locator("a")).hasCount(3);
        assertThat(console.byTestId("nav-contract")).isVisible();
        assertThat(console.byTestId("nav-cluster")).isVisible();
        assertThat(page.locator("[data-testid=account-row][data-username=operator-7]")).isVisible();
        assertThat(page.locator("[data-testid=account-row][data-username=admin] [data-testid=account-roles]"))
                .hasText("Kontoadministratör");
        // the municipalities and the unit are asked only for the roles that take them
        assertThat(console.byTestId("new-municipalities")).isHidden();
        assertThat(console.byTestId("new-unit")).isHidden();
        // operator-7 administers every municipality: the list shows a few and how many more
        assertThat(page.locator("[data-testid=account-row][data-username=operator-7] td").nth(2)).containsText("… (+");
        assertThat(console.byTestId("view-accounts")).not().containsText("null");
        console.screenshot("accounts-list-and-new");

        console.byTestId("new-username").fill("anna.svensson");
        console.byTestId("new-role-CALL_TAKER").check();
        console.byTestId("new-password").fill("anna's first password");
        console.byTestId("new-submit").click();

        assertThat(page).hasURL(Pattern.compile("#/accounts/anna.svensson$"));
        assertThat(console.byTestId("account-heading")).hasText("Konto anna.svensson");
        assertThat(console.byTestId("fact-roles")).hasText("Larmoperatör");
        assertThat(console.byTestId("fact-password")).hasText("Har lösenord");
        assertThat(page.locator("[data-testid=account-row][data-username='anna.svensson']")).hasClass(Pattern.compile("selected"));
        assertThat(console.byTestId("toasts")).containsText("Kontot anna.svensson skapades.");
        console.screenshot("account-created");

        // the new account logs in through the form and gets the call-taker's view
        console.byTestId("logout").click();
        assertThat(console.byTestId("login-form")).isVisible();
        console.byTestId("login-username").fill("anna.svensson");
        console.byTestId("login-password").fill("anna's first password");
        console.byTestId("login-submit").click();
        assertThat(console.byTestId("who-name")).hasText("anna.svensson");
        assertThat(console.byTestId("nav-calls")).isVisible();
        assertThat(console.byTestId("nav-accounts")).hasCount(0);
    }

    @Test
    void refusalsStandBesideTheFieldTheyName() {
        Page page = openAsAdmin("accounts");

        // a username the rule does not allow: said before the round trip, beside the field
        console.byTestId("new-username").fill("Anna Svensson");
        console.byTestId("new-role-CALL_TAKER").check();
        console.byTestId("new-password").fill("a long enough password");
        console.byTestId("new-submit").click();
        assertThat(console.byTestId("error-username")).isVisible();
        assertThat(console.byTestId("error-username")).containsText("Ogiltigt – Användarnamn: måste vara 2–64 tecken");
        assertThat(console.byTestId("new-username")).hasAttribute("aria-invalid", "true");

        // the server's refusals: a short password (400 on password)
        console.byTestId("new-username").fill("bertil");
        console.byTestId("new-password").fill("too short");
        console.byTestId("new-submit").click();
        assertThat(console.byTestId("error-password")).containsText("Ogiltigt – Lösenord: måste vara minst 12 tecken, var 9");
        assertThat(console.byTestId("error-username")).isHidden();
        // a name in use (409 on username)
        console.byTestId("new-username").fill("admin");
        console.byTestId("new-password").fill("a long enough password");
        console.byTestId("new-submit").click();
        assertThat(console.byTestId("error-username")).containsText("Går inte – Användarnamn: an account named 'admin' exists");
        assertThat(console.byTestId("error-password")).isHidden();
        // a municipality administrator without municipalities (400 on municipalities), under that field
        console.byTestId("new-username").fill("cecilia");
        console.byTestId("new-role-CALL_TAKER").uncheck();
        console.byTestId("new-role-MUNICIPALITY_ADMIN").check();
        assertThat(console.byTestId("new-municipalities")).isVisible();
        console.byTestId("new-submit").click();
        assertThat(console.byTestId("error-municipalities")).containsText("Ogiltigt – Kommuner: a MUNICIPALITY_ADMIN must name");
        console.byTestId("new-municipalities").fill("0120, 9999");
        console.byTestId("new-submit").click();
        assertThat(console.byTestId("error-municipalities")).containsText("'9999' is not a municipality code");
        console.screenshot("refusals");
        // nothing of it was created
        assertThat(page.locator("[data-testid=account-row][data-username=bertil]")).hasCount(0);
        assertThat(page.locator("[data-testid=account-row][data-username=cecilia]")).hasCount(0);
        assertThat(console.centre().get("/api/accounts/cecilia").statusCode()).isEqualTo(404);

        // with the right code it is made, bound to Värmdö
        console.byTestId("new-municipalities").fill("0120");
        console.byTestId("new-submit").click();
        assertThat(console.byTestId("fact-municipalities")).hasText("0120");
    }

    @Test
    void aTokenIsShownOnceWorksAndStopsWorkingWhenRevoked() {
        Page page = openAsAdmin("accounts");
        // a machine account: no password, API tokens only
        console.byTestId("new-username").fill("telephony");
        console.byTestId("new-role-INTEGRATION").check();
        console.byTestId("new-password-none").check();
        assertThat(console.byTestId("new-password")).isHidden();
        console.byTestId("new-submit").click();
        assertThat(console.byTestId("fact-password")).hasText("Inget lösenord (endast API-nycklar)");
        assertThat(console.byTestId("tokens-empty")).isVisible();

        console.byTestId("token-name-input").fill("växeln i Kista");
        console.byTestId("token-expires").fill("2026-03-12T12:00");
        console.byTestId("token-issue").click();

        assertThat(console.byTestId("token-secret-box")).isVisible();
        assertThat(console.byTestId("token-secret-warning")).containsText("Den visas bara den här gången");
        String token = console.byTestId("token-secret").inputValue();
        assertThat(token).startsWith("larm_");
        assertThat(console.byTestId("token-copy")).isFocused();
        assertThat(page.locator("[data-testid=token-row]")).hasCount(1);
        assertThat(page.locator("[data-testid=token-row] [data-testid=token-name]")).hasText("växeln i Kista");
        assertThat(page.locator("[data-testid=token-row] [data-testid=token-state]")).hasText("Giltig");
        assertThat(page.locator("[data-testid=token-row]")).containsText("2026-03-12 12:00");
        console.screenshot("token-shown-once");
        assertThat(sessionWith(token)).isEqualTo(200);

        console.byTestId("token-secret-done").click();
        assertThat(console.byTestId("token-secret")).hasCount(0);
        // the secret is nowhere once hidden or the page is opened again
        page.reload();
        assertThat(page.locator("[data-testid=token-row]")).hasCount(1);
        assertThat(console.byTestId("token-secret")).hasCount(0);
        assertThat(page.content()).doesNotContain(token);

        console.byTestId("token-revoke").click();
        assertThat(console.byTestId("token-revoke")).hasText("Bekräfta återkallning"); // a second click revokes
        assertThat(sessionWith(token)).isEqualTo(200);
        console.byTestId("token-revoke").click();
        assertThat(page.locator("[data-testid=token-row] [data-testid=token-state]")).containsText("Återkallad");
        assertThat(console.byTestId("token-revoke")).hasCount(0);
        assertThat(sessionWith(token)).isEqualTo(401);
    }

    @Test
    void theLastAdministratorCannotBeDisabledAndTheViewSaysWhy() {
        // operator-7, the account the test's own requests act as, holds every role: take ADMINISTRATOR from it in the
        // view, so that "admin" is the last administrator; it gets the role back afterwards
        Page page = openAsAdmin("accounts/operator-7");
        try {
            assertThat(console.byTestId("edit-municipalities")).isVisible();
            assertThat(console.byTestId("edit-unit")).hasValue(TestAccounts.UNIT);
            console.byTestId("edit-role-ADMINISTRATOR").uncheck();
            console.byTestId("roles-save").click();
            assertThat(console.byTestId("toasts")).containsText("Rollerna för operator-7 ändrades.");
            assertThat(console.byTestId("fact-roles")).not().containsText("Kontoadministratör");
            assertThat(console.byTestId("fact-unit")).hasText(TestAccounts.UNIT); // what the form held was kept

            console.open("accounts/admin");
            console.byTestId("account-disable").click();
            assertThat(console.byTestId("access-error")).isVisible();
            assertThat(console.byTestId("access-error")).containsText("Går inte – kontot är centralens sista aktiva"
                    + " kontoadministratör; ge ett annat konto rollen Kontoadministratör först");
            assertThat(console.byTestId("access-error")).containsText("would leave the centre without an enabled ADMINISTRATOR");
            assertThat(console.byTestId("fact-state")).hasText("Aktivt");
            console.screenshot("last-administrator");

            // nor can it give the role away: the refusal stands under the roles
            console.byTestId("edit-role-ADMINISTRATOR").uncheck();
            console.byTestId("edit-role-AUDITOR").check();
            console.byTestId("roles-save").click();
            assertThat(console.byTestId("error-roles")).containsText("Går inte – Roller: kontot är centralens sista aktiva");
            assertThat(console.byTestId("fact-roles")).hasText("Kontoadministratör");
            assertThat(page.locator("[data-testid=account-row][data-username=admin] [data-testid=account-state]")).hasText("Aktivt");
        } finally {
            restoreOperator();
        }
    }

    @Test
    void anotherAccountIsDisabledEnabledAndGetsANewPassword() {
        TestAccounts.createAccount(console.centre().server, "david", PASSWORD, Set.of(Role.DISPATCHER), Set.of(), null);
        Page page = openAsAdmin("accounts/david");
        console.byTestId("account-disable").click();
        assertThat(console.byTestId("fact-state")).hasText("Avstängt");
        assertThat(page.locator("[data-testid=account-row][data-username=david] [data-testid=account-state]")).hasText("Avstängt");
        console.byTestId("account-enable").click();
        assertThat(console.byTestId("fact-state")).hasText("Aktivt");

        console.byTestId("password-new").fill("short");
        console.byTestId("password-save").click();
        assertThat(console.byTestId("error-password")).containsText("Ogiltigt – Lösenord: måste vara minst 12 tecken");
        console.byTestId("password-new").fill("david's new password");
        console.byTestId("password-save").click();
        assertThat(console.byTestId("toasts")).containsText("Nytt lösenord satt för david");
        assertThat(console.byTestId("error-password")).isHidden();
        assertThat(login("david", "david's new password")).isEqualTo(200);
        assertThat(login("david", PASSWORD)).isEqualTo(401);
    }

    @Test
    void theAuditorReadsTheAccountsWithoutAForm() {
        console.logIn("auditor", PASSWORD);
        Page page = console.open("accounts");
        page.locator("[data-testid=view-accounts][data-loaded=true]").waitFor();
        assertThat(console.byTestId("accounts-read-only")).isVisible();
        assertThat(console.byTestId("account-create")).hasCount(0);
        assertThat(console.byTestId("account-new")).hasCount(0);

        page.locator("[data-testid=account-row][data-username=admin] [data-testid=account-link]").click();
        assertThat(console.byTestId("account-heading")).hasText("Konto admin");
        assertThat(console.byTestId("tokens")).isVisible();
        assertThat(console.byTestId("roles-form")).hasCount(0);
        assertThat(console.byTestId("password-form")).hasCount(0);
        assertThat(console.byTestId("access-actions")).hasCount(0);
        assertThat(console.byTestId("token-form")).hasCount(0);
        assertThat(console.byTestId("view-accounts")).not().containsText("null"); // nothing left out shows as "null"
    }

    /** GET /api/session with a bearer token, outside the browser: 200 while the token works. */
    private static int sessionWith(String token) {
        return TestHttp.send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(console.centre().baseUrl()
                + "/api/session")).header("Authorization", "Bearer " + token).GET().build()).statusCode();
    }

    private static int login(String username, String password) {
        return TestHttp.send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(console.centre().baseUrl()
                        + "/api/session")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"" + username + "\", \"password\": \""
                        + password + "\"}")).build()).statusCode();
    }

    private static void restoreOperator() {
        var loop = console.centre().server.centre().loop();
        Account operator = loop.read(state -> state.accounts().find(TestAccounts.OPERATOR)).orElseThrow();
        loop.execute(new Actor(TestAccounts.SETUP_ACTOR, Actor.Kind.SYSTEM), AccountCommands.changeRoles(
                TestAccounts.OPERATOR, operator.hospitalId() == null ? EnumSet.complementOf(EnumSet.of(Role.HOSPITAL))
                        : EnumSet.allOf(Role.class), operator.municipalities(), operator.unitId(), operator.hospitalId()),
                Duration.ofSeconds(10));
    }
}
