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

/**
 * The console by role: each account sees the views its roles allow and no button the server would refuse. A
 * municipality administrator of Värmdö sees only the municipality and audit views and only Värmdö; the auditor sees
 * every view without an action; a nurse has no call queue; a unit device has only its unit's terminal.
 */
class ConsoleRolesTest {

    static final String PASSWORD = "a role test password";

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo().signedOut();

    @BeforeAll
    static void accounts() {
        var server = console.centre().server;
        TestAccounts.createAccount(server, "varmdo-admin", PASSWORD, Set.of(Role.MUNICIPALITY_ADMIN), Set.of("0120"), null);
        TestAccounts.createAccount(server, "auditor", PASSWORD, Set.of(Role.AUDITOR), Set.of(), null);
        TestAccounts.createAccount(server, "nurse", PASSWORD, Set.of(Role.NURSE), Set.of(), null);
        TestAccounts.createAccount(server, "ambulance", PASSWORD, Set.of(Role.UNIT_DEVICE), Set.of(), TestAccounts.UNIT);
        TestAccounts.createAccount(server, "calltaker", PASSWORD, Set.of(Role.CALL_TAKER), Set.of(), null);
    }

    @Test
    void varmdosAdministratorSeesOnlyTheMunicipalityAndAuditViewsAndOnlyVarmdo() {
        boolean streamOpen = console.centre().admits("varmdo-admin", "/api/events/stream");
        console.logIn("varmdo-admin", PASSWORD);
        Page page = console.navigate("/console/");

        assertThat(console.byTestId("view-municipality")).isVisible();
        assertThat(page).hasURL(Pattern.compile("#/municipality/0120$"));
        assertThat(console.byTestId("municipality-name")).hasText("Kommun: Värmdö (0120)");
        assertThat(console.byTestId("agreement-kind")).hasText("Tilläggsavtal");
        assertThat(console.byTestId("nav").locator("a")).hasCount(2);
        assertThat(console.byTestId("nav-municipality")).isVisible();
        assertThat(console.byTestId("nav-audit")).isVisible(); // their municipality's social configuration
        assertThat(console.byTestId("municipality-picker").locator("option")).hasCount(1);
        assertThat(console.byTestId("municipality-picker").locator("option")).hasText("Värmdö (0120)");
        assertThat(console.byTestId("who-name")).hasText("varmdo-admin");
        assertThat(console.byTestId("who-roles")).hasText("Kommunadministratör");
        // the stream (Värmdö's social events) when the server opens it to them; else the bar says there is none
        assertThat(console.byTestId("live-status")).hasAttribute("data-state", streamOpen ? "live" : "none");
        console.screenshot("municipality-admin");

        // Alt+1 (calls) is not theirs: nothing happens; the route typed by hand says why
        page.keyboard().press("Alt+1");
        assertThat(page).hasURL(Pattern.compile("#/municipality/0120$"));
        console.navigate("/console/#/calls");
        assertThat(console.byTestId("view-forbidden")).containsText("Vyn Samtal är inte tillåten för dina roller");
        assertThat(console.byTestId("view-forbidden")).containsText("Larmoperatör, Sjuksköterska, Arbetsledare");

        // another municipality is not asked for at all
        console.navigate("/console/#/municipality/0180");
        assertThat(console.byTestId("municipality-not-yours")).hasText("Kommun 0180 hör inte till dig. Du administrerar: 0120.");
        assertThat(console.byTestId("agreement-kind")).hasCount(0);
    }

    @Test
    void theAuditorSeesEveryViewWithoutAnAction() {
        console.centre().write("/api/calls", """
                {"callId": "AUDIT-1", "dialled": "112", "callerNumber": "070-555 11 22",
                 "position": {"lat": 59.3345, "lon": 18.0632, "uncertaintyMetres": 30, "source": "AML_SMS"}}""", 201);
        console.centre().write("/api/dispatch/incidents", """
                {"incidentId": "INC-AUDIT-1", "priority": 2, "position": {"lat": 59.3345, "lon": 18.0632}}""", 201);
        console.logIn("auditor", PASSWORD);
        Page page = console.open("calls");

        for (String view : new String[] {"calls", "dispatch", "map", "supervisor", "municipality"}) {
            assertThat(console.byTestId("nav-" + view)).isVisible();
        }
        Page p = page;
        assertThat(p.locator("[data-testid=queue-item][data-call-id=AUDIT-1]")).isVisible();
        assertThat(console.byTestId("answer-next")).hasCount(0);
        assertThat(p.locator("[data-testid=queue-item] [data-testid=queue-answer]")).isHidden();
        console.screenshot("auditor-calls");

        console.open("calls/AUDIT-1");
        assertThat(console.byTestId("call-read-only")).isVisible();
        assertThat(console.byTestId("call-answer")).hasCount(0);
        assertThat(console.byTestId("position-correction")).isHidden();
        assertThat(console.byTestId("municipality-select")).hasCount(0);

        console.open("dispatch/INC-AUDIT-1");
        assertThat(console.byTestId("recommendation")).isVisible();
        assertThat(p.locator("[data-testid=candidate]").first()).isVisible();
        assertThat(console.byTestId("assign-recommended")).hasCount(0);
        assertThat(console.byTestId("assign-candidate")).hasCount(0);
        p.keyboard().press("l"); // the dispatcher's shortcut does nothing for the auditor
        assertThat(console.byTestId("toast-ok")).hasCount(0);
        console.screenshot("auditor-dispatch");
    }

    /**
     * A nurse reads the queue (no answer button) and opens a call from it, once the server admits NURSE on
     * GET /api/calls/queue; on a server that does not, the queue says it is not for the role, and no error.
     */
    @Test
    void aNurseReadsTheQueueAndOpensACall() {
        boolean queueOpen = console.centre().admits("nurse", "/api/calls/queue");
        console.centre().write("/api/calls", """
                {"callId": "NURSE-Q", "dialled": "112", "callerNumber": "070-555 66 77",
                 "position": {"lat": 59.3345, "lon": 18.0632, "uncertaintyMetres": 30, "source": "AML_SMS"}}""", 201);
        console.logIn("nurse", PASSWORD);
        Page page = console.navigate("/console/");

        assertThat(console.byTestId("view-calls")).isVisible();
        assertThat(console.byTestId("nav").locator("a")).hasCount(1);
        assertThat(console.byTestId("answer-next")).hasCount(0);
        if (!queueOpen) {
            assertThat(console.byTestId("queue-not-for-role")).isVisible();
            assertThat(page.locator("[data-testid=queue-item]")).hasCount(0);
            return;
        }
        Locator item = page.locator("[data-testid=queue-item][data-call-id=NURSE-Q]");
        assertThat(item).isVisible();
        assertThat(item.getByTestId("queue-answer")).hasCount(0);
        item.getByTestId("queue-open").click();
        assertThat(page).hasURL(Pattern.compile("#/calls/NURSE-Q$"));
        assertThat(console.byTestId("call-read-only")).isVisible();
        assertThat(console.byTestId("call-answer")).hasCount(0);
        assertThat(page.locator("[data-testid=my-call][data-call-id=NURSE-Q]")).isVisible();
        console.screenshot("nurse-queue");
    }

    private static void ok(String path, String json) {
        var answer = console.centre().post(path, json);
        org.assertj.core.api.Assertions.assertThat(answer.statusCode()).as("POST %s: %s", path, answer.body()).isBetween(200, 201);
    }

    @Test
    void onlyTheNurseIsOfferedAnotherPriorityThanTheIndexs() {
        // a chest-pain call with a proposal of priority 1, taken this far through the API
        console.centre().write("/api/calls", """
                {"callId": "NURSE-1", "dialled": "112", "callerNumber": "070-555 33 44",
                 "position": {"lat": 59.3345, "lon": 18.0632, "uncertaintyMetres": 30, "source": "AML_SMS"}}""", 201);
        ok("/api/calls/NURSE-1/answer", "{}");
        ok("/api/calls/NURSE-1/classify", "{\"classification\": \"CARE\"}");
        ok("/api/triage/assessments/NURSE-1/answers", "{\"answers\": {\"conscious\": true, \"breathing-normally\": true}}");
        ok("/api/triage/assessments/NURSE-1/chapter", "{\"chapter\": \"chest-pain\"}");
        ok("/api/triage/assessments/NURSE-1/answers",
                "{\"answers\": {\"chest-pain-severe-central\": true, \"chest-pain-over-5-minutes\": true}}");

        // a call-taker confirms or answers, but is not offered an override
        console.logIn("calltaker", PASSWORD);
        console.open("calls/NURSE-1");
        assertThat(console.byTestId("proposal-priority")).hasText("1");
        assertThat(console.byTestId("confirm-priority")).isVisible();
        assertThat(console.byTestId("override-box")).hasCount(0);

        // the nurse is, and sets priority 2 with a reason
        console.logIn("nurse", PASSWORD);
        console.page().reload();
        assertThat(console.byTestId("proposal-priority")).hasText("1");
        assertThat(console.byTestId("override-box")).isVisible();
        console.byTestId("override-priority").selectOption("2");
        console.byTestId("override-reason").fill("stabil, smärtan avklingar");
        console.byTestId("override-apply").click();
        assertThat(console.byTestId("decided-priority")).containsText("Beslutad prioritet 2");
        assertThat(console.byTestId("call-read-only")).hasCount(0); // classified: nothing left to answer or classify
        assertThat(console.byTestId("call-finish")).isHidden(); // finishing the call is the call-taker's
        console.screenshot("nurse-override");
    }

    @Test
    void aUnitDeviceLandsOnItsUnitsTerminalAndNothingElse() {
        console.logIn("ambulance", PASSWORD);
        console.navigate("/console/");

        assertThat(console.byTestId("view-crew")).isVisible();
        assertThat(console.byTestId("crew-unit")).containsText("AMB 101");
        assertThat(console.byTestId("nav").locator("a")).hasCount(1);
        assertThat(console.byTestId("nav-crew")).isVisible();
        assertThat(console.byTestId("logout")).isVisible();
        console.navigate("/console/#/dispatch");
        assertThat(console.byTestId("view-forbidden")).isVisible();
    }
}
