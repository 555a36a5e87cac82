package se.larmcentral.server.console;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.larmcentral.server.TestAccounts;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.triage.file.MedicalIndexFile;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

import static se.larmcentral.server.triage.TriageTexts.lineOf;
import static se.larmcentral.server.triage.TriageTexts.resource;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The medical director's view of the index: what is in force, the chapters, the response rules; publishing a file
 * chosen in the browser: one with problems shows each with its line and place and changes nothing, a version in use
 * is refused (409) in words, a valid newer one becomes the version in force with who published it. The supervisor
 * reads without the publishing form.
 */
class MedicalIndexViewTest {

    static final String PASSWORD = "a medical index test password";

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo().signedOut();

    @BeforeAll
    static void accounts() {
        TestAccounts.createAccount(console.centre().server, "lakare", PASSWORD, Set.of(Role.MEDICAL_DIRECTOR), Set.of(), null);
        TestAccounts.createAccount(console.centre().server, "arbetsledare", PASSWORD, Set.of(Role.SUPERVISOR), Set.of(), null);
    }

    private Page openAsDirector(String route) {
        console.logIn("lakare", PASSWORD);
        Page page = console.navigate("/console/" + route);
        page.locator("[data-testid=view-index][data-loaded=true]").waitFor();
        return page;
    }

    @Test
    void theMedicalDirectorReadsTheIndexItsChaptersAndTheRules() {
        Page page = openAsDirector("");
        assertThat(page).hasURL(Pattern.compile("#/index$")); // the director's only view, opened first
        assertThat(console.byTestId("nav").locator("a")).hasCount(1);
        assertThat(console.byTestId("index-version")).hasText("Index generic-2025.1");
        assertThat(console.byTestId("rules-version")).containsText("Responsregler stockholm-2016.1");
        assertThat(console.byTestId("index-notice")).containsText("måste granskas och godkännas");
        assertThat(console.byTestId("key-questions").locator("li")).hasCount(2);
        assertThat(page.locator("[data-testid=index-versions] [data-testid=version-row]")).hasCount(1);
        assertThat(page.locator("[data-testid=index-versions] [data-testid=version-row]")).containsText("Startkonfiguration");
        assertThat(page.locator("[data-testid=rules-table] [data-testid=rule-row]")).hasCount(4);
        assertThat(console.byTestId("chapter-title")).hasText(Pattern.compile("^Kapitel 1: "));

        page.locator("[data-testid=chapter-link][data-chapter=chest-pain]").click();
        assertThat(page).hasURL(Pattern.compile("#/index/chest-pain$"));
        assertThat(console.byTestId("chapter-title")).hasText(Pattern.compile("^Kapitel 4: "));
        var first = page.locator("[data-testid=criterion][data-code='A.04.01']");
        assertThat(first.locator("[data-testid=criterion-priority]")).hasText("1");
        assertThat(first).containsText("Svår central bröstsmärta i mer än 5 minuter");
        assertThat(first).containsText("Ja: ");
        assertThat(first).containsText("Ambulans");
        assertThat(console.byTestId("view-index")).not().containsText("null");
        console.screenshot("medical-index");

        // J moves to the next chapter
        page.keyboard().press("j");
        assertThat(page).hasURL(Pattern.compile("#/index/heart-rhythm$"));
        assertThat(console.byTestId("chapter-title")).hasText(Pattern.compile("^Kapitel 5: "));
    }

    @Test
    void aFileWithProblemsIsShownProblemByProblemAndAValidNewerOneIsPublished() {
        Page page = openAsDirector("#/index");
        String shipped = resource(MedicalIndexFile.GENERIC_RESOURCE);
        String newer = shipped.replace("version: generic-2025.1", "version: generic-2025.2");
        assertThat(newer).isNotEqualTo(shipped);

        // a misspelt key: two problems (the unknown key, the missing title), each with its line and column
        String misspelt = newer.replaceFirst("\ntitle:", "\ntitel:");
        choose("misspelt.yaml", misspelt);
        assertThat(console.byTestId("publish-file-info")).hasText("misspelt.yaml, " + kb(misspelt) + " kB, version generic-2025.2");
        console.byTestId("publish-submit").click();
        assertThat(console.byTestId("publish-problems-summary")).hasText("Inget publicerades: 2 fel i filen.");
        var titel = problemAt(page, "titel");
        assertThat(titel.locator("[data-testid=problem-line]")).hasText(String.valueOf(lineOf(misspelt, "titel:")));
        assertThat(titel.locator("[data-testid=problem-column]")).hasText(Pattern.compile("^[1-9][0-9]*$"));
        assertThat(titel.locator("[data-testid=problem-message]")).containsText("unknown key 'titel'");
        assertThat(titel.locator("[data-testid=problem-message]")).hasAttribute("lang", "en"); // the validator's English
        assertThat(problemAt(page, "title").locator("[data-testid=problem-message]")).containsText("'title' is missing");
        console.screenshot("publish-problems");

        // a criterion code outside its chapter: the problem's place and line
        String unreachable = newer.replace("code: A.04.01", "code: A.05.01");
        choose("unreachable.yaml", unreachable);
        console.byTestId("publish-submit").click();
        var code = problemAt(page, "chapters[chest-pain].criteria[0].code");
        assertThat(code.locator("[data-testid=problem-message]")).containsText("A.05.01");
        assertThat(code.locator("[data-testid=problem-line]")).hasText(String.valueOf(lineOf(unreachable, "code: A.05.01")));
        console.screenshot("publish-problems");
        assertThat(console.byTestId("index-version")).hasText("Index generic-2025.1"); // nothing changed

        // the version in force again: 409, in words
        choose("generic-2025.1.yaml", shipped);
        console.byTestId("publish-submit").click();
        assertThat(console.byTestId("publish-conflict")).containsText("Inget publicerades – versionen:");
        assertThat(console.byTestId("publish-conflict")).containsText("'generic-2025.1' is already used");

        // a valid newer one: in force at once, with who published it and when
        choose("generic-2025.2.yaml", newer);
        console.byTestId("publish-submit").click();
        assertThat(console.byTestId("publish-done")).containsText("Publicerad: generic-2025.2");
        assertThat(console.byTestId("publish-done")).containsText("av lakare");
        assertThat(console.byTestId("index-version")).hasText("Index generic-2025.2");
        var rows = page.locator("[data-testid=index-versions] [data-testid=version-row]");
        assertThat(rows).hasCount(2);
        var current = page.locator("[data-testid=index-versions] [data-testid=version-row][data-version='generic-2025.2']");
        assertThat(current.locator("[data-testid=version-current]")).isVisible();
        assertThat(current.locator("[data-testid=version-published-by]")).hasText("lakare");
        assertThat(current.locator("[data-testid=version-published-at]")).hasText("2025-03-12 12:00");
        assertThat(console.centre().read("/api/triage/index").get("version").asText()).isEqualTo("generic-2025.2");
        console.screenshot("published");
    }

    @Test
    void aResponseRulesFileIsRecognisedAndItsProblemsShown() {
        Page page = openAsDirector("#/index");
        String rules = resource("/se/larmcentral/triage/stockholm-response.yaml")
                .replace("version: stockholm-2016.1", "version: stockholm-2026.1")
                .replace("action: send-ambulance", "action: fly");
        choose("stockholm-2026.1.yaml", rules);
        // the file says what it is: the rules are chosen for the operator
        assertThat(console.byTestId("publish-kind-rules")).isChecked();
        assertThat(console.byTestId("publish-file-info")).hasText("stockholm-2026.1.yaml, " + kb(rules) + " kB, version"
                + " stockholm-2026.1 Filen är av formatet larmcentral-response-rules/1, så Responsregler har valts.");
        console.byTestId("publish-submit").click();
        var problem = page.locator("[data-testid=publish-problem]");
        assertThat(problem).hasCount(1);
        assertThat(problem.locator("[data-testid=problem-place]")).hasText("priorities[1].action");
        assertThat(problem.locator("[data-testid=problem-line]")).hasText(String.valueOf(lineOf(rules, "action: fly")));
        assertThat(console.byTestId("rules-version")).containsText("stockholm-2016.1");
    }

    @Test
    void theSupervisorReadsWithoutPublishing() {
        console.logIn("arbetsledare", PASSWORD);
        Page page = console.open("index/stroke");
        page.locator("[data-testid=view-index][data-loaded=true]").waitFor();
        assertThat(console.byTestId("chapter-title")).hasText(Pattern.compile("^Kapitel 6: "));
        assertThat(console.byTestId("index-versions")).isVisible();
        assertThat(console.byTestId("publish")).hasCount(0);
        assertThat(console.byTestId("publish-file")).hasCount(0);
    }

    /** The problem row whose place is exactly {@code place}. */
    private static Locator problemAt(Page page, String place) {
        return page.locator("[data-testid=publish-problem]").filter(new Locator.FilterOptions().setHas(
                page.locator("[data-testid=problem-place]", new Page.LocatorOptions().setHasText(Pattern.compile("^" + place.replaceAll("[\\[\\].]", "\\\\$0") + "$")))));
    }

    /** Chooses the document as a file of that name, and waits until the view has read it. */
    private static void choose(String name, String yaml) {
        console.byTestId("publish-file").setInputFiles(new FilePayload(name, "application/yaml",
                yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(console.byTestId("publish-file-info")).containsText(name + ", "); // each file of a test has its own name
    }

    private static String kb(String text) {
        return String.format(java.util.Locale.ROOT, "%.1f", text.getBytes(StandardCharsets.UTF_8).length / 1024.0);
    }
}
