package se.larmcentral.server.console;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A social call for Ekerö, which has had no agreement and the NOT_AVAILABLE policy since 2017-12-23 17:00: the
 * call-taker sees the text to say and no number at all; and a call for a municipality with an agreement shows
 * the number to connect to, so the first test's absence of numbers means something.
 */
class SocialCallNotAvailableTest {

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo();

    /** A phone number as the console shows one: 08-465 004 30, 0707-12 34 56, +46 8 ..., 112, 113 13, 114 14. */
    static final Pattern PHONE_NUMBER = Pattern.compile(
            "(\\+46[\\d ]{6,}|\\b0\\d{1,3}-\\d{2,3}(?: ?\\d{2,3})+|\\b11[234] ?\\d\\d\\b|\\b112\\b)");

    @Test
    void aCallForEkeroSaysTheServiceIsNotAvailableAndShowsNoNumber() {
        Page page = answerSocialCall("SOC-EKERO", 59.2906, 17.8136); // Ekerö centre
        assertThat(console.byTestId("call-municipality")).containsText("0125");
        page.keyboard().press("s"); // classify as social

        Locator decision = console.byTestId("social-decision");
        assertThat(console.byTestId("social-outcome")).hasAttribute("data-outcome", "NOT_AVAILABLE");
        assertThat(console.byTestId("social-not-available")).isVisible();
        assertThat(console.byTestId("social-say")).hasText(
                "Socialjour finns inte att tillgå i den berörda kommunen. Ingen hänvisning till annat nummer.");
        // the explanation in the console's language
        assertThat(console.byTestId("social-explanation")).containsText("inget avtal gäller för 0125");
        assertThat(console.byTestId("social-explanation")).containsText(": kan inte nås");
        assertThat(console.byTestId("social-explanation")).not().containsText("NOT_AVAILABLE");
        assertThat(decision.getByTestId("social-number")).hasCount(0);
        assertThat(decision.getByTestId("social-referral")).hasCount(0);
        String text = decision.innerText();
        assertThat(PHONE_NUMBER.matcher(text).find()).as("a number in the decision panel: %s", text).isFalse();
        console.screenshot("calltaker-social-not-available");
    }

    @Test
    void aCallForJarfallaShowsTheNumberToConnectTo() {
        Page page = answerSocialCall("SOC-JARFALLA", 59.4226, 17.8354); // Jakobsberg, Järfälla
        assertThat(console.byTestId("call-municipality")).containsText("0123");
        page.keyboard().press("s");
        assertThat(console.byTestId("social-outcome")).hasAttribute("data-outcome", "FORWARD");
        assertThat(console.byTestId("social-number")).hasText(PHONE_NUMBER);
        assertThat(console.byTestId("social-say")).containsText("Jag kopplar dig nu till socialjouren för Järfälla");
        console.screenshot("calltaker-social-forward");
    }

    @Test
    void aSocialCallCorrectedToCareGetsTheInterviewInPlaceOfTheDecision() {
        Page page = answerSocialCall("SOC-RECLASSIFIED", 59.4226, 17.8354);
        page.keyboard().press("s");
        assertThat(console.byTestId("social-outcome")).hasAttribute("data-outcome", "FORWARD");

        console.byTestId("reclassify-open").click();
        console.byTestId("reclassify-to").selectOption("CARE");
        console.byTestId("reclassify-save").click(); // no reason yet: refused, nothing changes, the form stays
        assertThat(console.byTestId("toast-error").last()).containsText("reason");
        assertThat(console.byTestId("call-classification")).hasText("Klassat som Social");
        console.byTestId("reclassify-reason").fill("har tagit tabletter");
        console.byTestId("reclassify-save").click();

        assertThat(console.byTestId("call-classification")).hasText("Klassat som Vård");
        assertThat(console.byTestId("call-classification-replaced")).hasText("tidigare Social: har tagit tabletter");
        assertThat(console.byTestId("social-decision")).hasCount(0);
        assertThat(console.byTestId("interview-questions")).isVisible();
        console.screenshot("calltaker-reclassified-to-care");
    }

    @Test
    void aCallerOnStortorgetIsInStockholmMarkedNearestAndOneAtSeaHasNoMunicipalityChosenForThem() {
        answerSocialCall("SOC-STORTORGET", 59.3250, 18.0700); // outside the generalised boundary by some 30 m
        assertThat(console.byTestId("call-municipality")).hasText("Stockholm (0180)");
        assertThat(console.byTestId("municipality-nearest")).containsText("närmaste kommun");

        answerSocialCall("SOC-AT-SEA", 59.8000, 20.0000);
        assertThat(console.byTestId("call-municipality")).hasText("Okänd – välj kommun");
        assertThat(console.byTestId("municipality-select")).hasValue("");
        console.byTestId("municipality-save").click();
        assertThat(console.byTestId("toast-error").last()).containsText("Välj en kommun");
        assertThat(console.byTestId("call-municipality")).hasText("Okänd – välj kommun");
    }

    private static Page answerSocialCall(String callId, double lat, double lon) {
        Page page = console.open("calls");
        console.centre().write("/api/calls", "{\"callId\": \"" + callId + "\", \"dialled\": \"112\", \"position\": {\"lat\": "
                + lat + ", \"lon\": " + lon + ", \"uncertaintyMetres\": 50, \"source\": \"AML_SMS\"}}", 201);
        page.locator("[data-testid=queue-item][data-call-id=" + callId + "]").getByTestId("queue-answer").click();
        assertThat(console.byTestId("call-state")).hasText("Besvarat");
        return page;
    }
}
