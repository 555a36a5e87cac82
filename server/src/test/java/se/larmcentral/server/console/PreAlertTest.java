package se.larmcentral.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.server.TestAccounts;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crew's pre-alert (förvarning) from a phone (390 x 844) and the receiving hospital's view (#/hospital): the
 * form is prefilled from the assignment (priority, the assessment's criterion, the expected arrival), a vital sign out
 * of range is refused naming the field with nothing recorded, the pre-alert sent shows at the hospital at once with
 * its vitals and the arrival counting down, and the unit's arrival turns the entry to arrived. Another hospital's
 * account sees none of it.
 */
class PreAlertTest {

    static final String PASSWORD = "a pre-alert test password";
    static final String HOSPITAL = "st-goran";
    static final String OTHER_HOSPITAL = "sodersjukhuset";

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo();

    @BeforeAll
    static void accounts() {
        TestAccounts.createAccount(console.centre().server, "amb-101", PASSWORD, Set.of(Role.UNIT_DEVICE), Set.of(), "AMB-101");
        TestAccounts.createHospitalAccount(console.centre().server, "stg-akuten", PASSWORD, HOSPITAL);
        TestAccounts.createHospitalAccount(console.centre().server, "sos-akuten", PASSWORD, OTHER_HOSPITAL);
    }

    @Test
    void theCrewSendsAPreAlertFromAPhoneAndTheHospitalSeesItLiveUntilTheUnitArrives() {
        Page hospital = console.pageAs("stg-akuten", PASSWORD);
        hospital.setViewportSize(1280, 800);
        console.open(hospital, "hospital");
        assertThat(hospital.getByTestId("live-status")).hasAttribute("data-state", "live");
        assertThat(hospital.getByTestId("hospital-heading")).containsText("Förvarningar till Capio S:t Görans sjukhus");
        assertThat(hospital.getByTestId("hospital-none")).isVisible();

        console.centre().chestPainCall("PRE-1", "Man 67 år, tryck över bröstet");
        ConsoleCentre centre = console.centre();
        centre.write("/api/dispatch/incidents/INC-PRE-1/assign", "{\"unitId\": \"AMB-101\"}", 200);
        for (String status : List.of("ACKNOWLEDGED", "EN_ROUTE", "ON_SCENE")) {
            centre.write("/api/dispatch/units/AMB-101/status", "{\"status\": \"" + status + "\"}", 200);
        }
        centre.write("/api/dispatch/units/AMB-101/destination", "{\"hospitalId\": \"" + HOSPITAL + "\"}", 200);

        Page crew = console.pageAs("amb-101", PASSWORD);
        crew.setViewportSize(390, 844);
        console.open(crew, "crew");
        assertThat(crew.getByTestId("crew-status")).hasText("Framme");
        crew.getByTestId("crew-prealert-open").click();
        assertThat(crew.getByTestId("pre-to")).hasText("Till Capio S:t Görans sjukhus");
        assertThat(crew.getByTestId("pre-priority")).hasValue("1");
        assertThat(crew.getByTestId("pre-criterion")).hasValue(java.util.regex.Pattern.compile("^A\\.04\\.01 "));
        assertThat(crew.getByTestId("pre-eta")).hasValue(java.util.regex.Pattern.compile("^\\d{2}:\\d{2}$"));

        crew.getByTestId("pre-age").fill("67");
        crew.getByTestId("pre-sex").selectOption("MALE");
        crew.getByTestId("pre-rr").fill("24");
        crew.getByTestId("pre-spo2").fill("93");
        crew.getByTestId("pre-pulse").fill("1120"); // a slip: refused, nothing recorded
        crew.getByTestId("pre-sbp").fill("98");
        crew.getByTestId("pre-avpu").selectOption("V");
        crew.getByTestId("pre-temp").fill("38.4");
        crew.getByTestId("pre-note").fill("ST-höjning V2–V4, ASA given");
        long before = centre.server.centre().loop().lastSequence();
        crew.getByTestId("pre-send").click();
        assertThat(crew.getByTestId("pre-status")).containsText("vitals.pulse");
        assertThat(crew.getByTestId("pre-pulse")).hasAttribute("aria-invalid", "true");
        assertThat(centre.server.centre().loop().lastSequence()).isEqualTo(before);

        // a live update of the terminal redraws the view: what the crew typed stays
        console.advance(Duration.ofSeconds(30));
        centre.write("/api/dispatch/units/AMB-101/position", "{\"position\": {\"lat\": 59.3340, \"lon\": 18.0630},"
                + " \"observedAt\": \"" + centre.clock.instant() + "\"}", 200);
        crew.getByTestId("pre-pulse").fill("112");
        assertThat(crew.getByTestId("pre-note")).hasValue("ST-höjning V2–V4, ASA given");
        crew.getByTestId("pre-send").click();
        assertThat(crew.getByTestId("pre-status")).containsText("Förvarning skickad");
        assertThat(crew.getByTestId("pre-send")).hasText("Skicka rättelse");
        String touch = (String) crew.evaluate("(() => { const r = document.querySelector('[data-testid=pre-send]')"
                + ".getBoundingClientRect(); return (r.height >= 44 && r.left >= 0 && r.right <= innerWidth) + ''; })()");
        assertThat(touch).as("the send button is a touch target on the phone").isEqualTo("true");
        assertThat(((Number) crew.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
        console.screenshot(crew, "crew-prealert-sent");

        JsonNode recorded = centre.read("/api/dispatch/hospitals/" + HOSPITAL + "/pre-alerts").get("preAlerts").get(0);
        assertThat(recorded.at("/preAlert/vitals/pulse").asInt()).isEqualTo(112);
        assertThat(recorded.at("/preAlert/age/value").asInt()).isEqualTo(67);

        // the hospital's view, live: the unit, priority, criterion, vitals and the arrival counting down
        Locator entry = hospital.getByTestId("hospital-prealert");
        assertThat(entry).hasCount(1);
        assertThat(entry.getByTestId("hospital-unit")).hasText("Enhet AMB 101");
        assertThat(entry.getByTestId("hospital-priority")).hasText("Prio 1");
        assertThat(entry.getByTestId("hospital-who")).hasText("67 år, man");
        assertThat(entry.getByTestId("hospital-criterion")).containsText("A.04.01");
        assertThat(entry.getByTestId("hospital-vital-pulse")).hasText("Puls 112/min");
        assertThat(entry.getByTestId("hospital-vital-spo2")).hasText("SpO₂ 93 %");
        assertThat(entry.getByTestId("hospital-vital-avpu")).hasText("AVPU V");
        assertThat(entry.getByTestId("hospital-note")).containsText("ASA given");
        assertThat(entry.getByTestId("hospital-countdown")).containsText("om ");
        assertThat(entry).hasAttribute("data-arrived", "false");
        console.screenshot(hospital, "hospital-incoming");

        // another hospital's account sees none of it
        Page other = console.pageAs("sos-akuten", PASSWORD);
        console.open(other, "hospital");
        assertThat(other.getByTestId("hospital-none")).isVisible();

        // the unit arrives: the entry says so
        console.advance(Duration.ofMinutes(8));
        for (String status : List.of("TRANSPORT", "AT_HOSPITAL")) {
            centre.write("/api/dispatch/units/AMB-101/status", "{\"status\": \"" + status + "\"}", 200);
        }
        assertThat(entry).hasAttribute("data-arrived", "true");
        assertThat(entry.getByTestId("hospital-countdown")).containsText("Anländ");
        console.screenshot(hospital, "hospital-arrived");
    }
}
