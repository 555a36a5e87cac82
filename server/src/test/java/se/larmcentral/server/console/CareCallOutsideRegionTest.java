package se.larmcentral.server.console;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A care call from outside the centre's region (the console's centre serves Stockholms län): the priority is decided,
 * but the incident waits for the call-taker's reason, which the shift log keeps.
 */
class CareCallOutsideRegionTest {

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo();

    @Test
    void theIncidentOfACallFromUppsalaIsMadeOnlyWithAReason() {
        ConsoleCentre centre = console.centre();
        String callId = "CARE-UPPSALA";
        centre.write("/api/calls", "{\"callId\": \"" + callId + "\", \"dialled\": \"112\", \"position\":"
                + " {\"lat\": 59.8586, \"lon\": 17.6389, \"uncertaintyMetres\": 30, \"source\": \"AML_SMS\"}}", 201);
        centre.write("/api/calls/" + callId + "/answer", "{}", 200);
        centre.write("/api/calls/" + callId + "/classify", "{\"classification\": \"CARE\"}", 200);
        String assessment = "/api/triage/assessments/" + callId;
        centre.write(assessment + "/answers", "{\"answers\": {\"conscious\": true, \"breathing-normally\": true}}", 200);
        centre.write(assessment + "/chapter", "{\"chapter\": \"chest-pain\"}", 200);
        centre.write(assessment + "/answers", "{\"answers\": {\"chest-pain-severe-central\": true,"
                + " \"chest-pain-over-5-minutes\": true}}", 200);
        centre.write(assessment + "/confirm", "{}", 200);

        Page page = console.open("calls/" + callId);
        console.byTestId("create-incident").click();
        assertThat(console.byTestId("outside-region")).containsText("in 0380 Uppsala, outside the centre's region (county 01)");
        assertThat(console.byTestId("incident-created")).hasCount(0);
        console.byTestId("outside-region-reason").fill("SOS Uppsala ber om hjälp");
        console.byTestId("create-incident-anyway").click();

        assertThat(console.byTestId("incident-created")).hasText("Uppdrag INC-" + callId + " prio 1 skapat");
        org.assertj.core.api.Assertions.assertThat(centre.read("/api/shift-log").toString())
                .contains("incident INC-" + callId + " made outside the region", "SOS Uppsala ber om hjälp");
        console.screenshot("calltaker-outside-region");
    }
}
