package se.larmcentral.server.console;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.connect.ConnectFailure;
import se.larmcentral.centre.connect.ConnectedParty;
import se.larmcentral.centre.connect.Connection;
import se.larmcentral.centre.connect.Connections;
import se.larmcentral.centre.desks.Desks;
import se.larmcentral.centre.desks.PhoneState;
import se.larmcentral.core.Actor;

import java.time.Duration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The telephony in the call-taker's view, live from the event stream: the operator takes a desk and sees its phone
 * as the telephony front reports it (here the reports are recorded as the front records them); and Koppla on a
 * forwarded social call, whose outcome (busy, then connected) the telephony records.
 */
class DeskPhoneConsoleTest {

    private static final Actor TELEPHONY = new Actor("telephony", Actor.Kind.INTEGRATION);

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo();

    @Test
    void theOperatorTakesADeskAndSeesItsPhoneRegisterRingAndConnectLive() {
        console.open("calls");
        assertThat(console.byTestId("desk-none")).isVisible();
        console.byTestId("desk-name").fill("desk-7");
        console.byTestId("desk-take").click();
        assertThat(console.byTestId("desk-seat")).containsText("desk-7");
        assertThat(console.byTestId("desk-phone")).hasAttribute("data-state", "UNREGISTERED");
        assertThat(console.byTestId("desk-phone")).hasText("Telefonen är inte registrerad");

        phone("desk-7", PhoneState.IDLE, "");
        assertThat(console.byTestId("desk-phone")).hasAttribute("data-state", "IDLE");
        assertThat(console.byTestId("desk-phone")).hasText("Telefonen är ledig");

        console.centre().write("/api/calls", "{\"callId\": \"PHONE-1\", \"dialled\": \"112\"}", 201);
        phone("desk-7", PhoneState.RINGING, "PHONE-1");
        assertThat(console.byTestId("desk-phone")).hasAttribute("data-state", "RINGING");
        assertThat(console.byTestId("desk-phone")).hasText("Telefonen ringer: samtal PHONE-1");
        assertThat(console.byTestId("desk-phone-call")).hasAttribute("href", "#/calls/PHONE-1");
        console.screenshot("calltaker-desk-phone-ringing");

        phone("desk-7", PhoneState.CONNECTED, "PHONE-1");
        assertThat(console.byTestId("desk-phone")).hasAttribute("data-state", "CONNECTED");
        assertThat(console.byTestId("desk-phone")).hasText("I samtal: PHONE-1");
        phone("desk-7", PhoneState.ON_HOLD, "PHONE-1");
        assertThat(console.byTestId("desk-phone")).hasAttribute("data-state", "ON_HOLD");
        assertThat(console.byTestId("desk-phone")).hasText("Parkerat (väntar): PHONE-1");
        phone("desk-7", PhoneState.CONNECTED, "PHONE-1");
        phone("desk-8", PhoneState.RINGING, "PHONE-1"); // another desk's phone: not this operator's
        assertThat(console.byTestId("desk-phone")).hasAttribute("data-state", "CONNECTED");

        console.byTestId("desk-leave").click();
        assertThat(console.byTestId("desk-none")).isVisible();
    }

    @Test
    void kopplaOnAForwardedSocialCallShowsRingingThenWhyItFailedThenConnected() {
        Page page = console.open("calls");
        console.centre().write("/api/calls", "{\"callId\": \"SOC-KOPPLA\", \"dialled\": \"112\", \"position\": {\"lat\": "
                + "59.4226, \"lon\": 17.8354, \"uncertaintyMetres\": 50, \"source\": \"AML_SMS\"}}", 201);
        page.locator("[data-testid=queue-item][data-call-id=SOC-KOPPLA]").getByTestId("queue-answer").click();
        assertThat(console.byTestId("call-state")).hasText("Besvarat");
        page.keyboard().press("s"); // social: Järfälla forwards to its jour
        assertThat(console.byTestId("social-outcome")).hasAttribute("data-outcome", "FORWARD");

        console.byTestId("social-connect-button").click();
        assertThat(console.byTestId("social-connect-state")).hasAttribute("data-state", "REQUESTED");
        assertThat(console.byTestId("social-connect-state")).hasText("Kopplar till 08-465 004 30 …");
        assertThat(console.byTestId("social-connect-button")).isDisabled();

        console.centre().server.centre().execute(TELEPHONY, Connections.failed("SOC-KOPPLA", ConnectFailure.BUSY,
                "+4684000000 is busy (486 Busy Here)").on(CentreState::connections));
        assertThat(console.byTestId("social-connect-state")).hasAttribute("data-state", "FAILED");
        assertThat(console.byTestId("social-connect-state")).hasText(
                "Inte kopplad – upptaget (+4684000000 is busy (486 Busy Here)). Den som ringer är kvar hos dig.");
        assertThat(console.byTestId("social-connect-button")).hasText("Koppla igen");
        console.screenshot("calltaker-koppla-busy");

        console.byTestId("social-connect-button").click();
        assertThat(console.byTestId("social-connect-state")).hasAttribute("data-state", "REQUESTED");
        console.centre().server.centre().execute(TELEPHONY, Connections.succeeded("SOC-KOPPLA").on(CentreState::connections));
        assertThat(console.byTestId("social-connect-state")).hasAttribute("data-state", "CONNECTED");
        assertThat(console.byTestId("social-connect-state")).hasText("Kopplad till 08-465 004 30");
        assertThat(console.byTestId("social-connect-button")).isDisabled();
        console.screenshot("calltaker-koppla-connected");

        console.centre().server.centre().execute(TELEPHONY, Connections.ended("SOC-KOPPLA", ConnectedParty.FAR_END)
                .on(CentreState::connections));
        assertThat(console.byTestId("social-connect-ended")).hasAttribute("data-hung-up-by", "FAR_END");
        assertThat(console.byTestId("social-connect-ended")).hasText("Kopplat samtal avslutat – mottagaren lade på efter "
                + minutesSeconds("SOC-KOPPLA") + ".");
    }

    @Test
    void consultFirstRingsTheNumberIsCancelledThenConsultedAgainAndTheCallerJoinedUntilTheyHangUp() {
        Page page = console.open("calls");
        console.centre().write("/api/calls", "{\"callId\": \"SOC-CONSULT\", \"dialled\": \"112\", \"position\": {\"lat\": "
                + "59.4226, \"lon\": 17.8354, \"uncertaintyMetres\": 50, \"source\": \"AML_SMS\"}}", 201);
        page.locator("[data-testid=queue-item][data-call-id=SOC-CONSULT]").getByTestId("queue-answer").click();
        assertThat(console.byTestId("call-state")).hasText("Besvarat");
        page.keyboard().press("s");
        assertThat(console.byTestId("social-outcome")).hasAttribute("data-outcome", "FORWARD");

        console.byTestId("social-consult-button").click();
        assertThat(console.byTestId("social-connect-state")).hasAttribute("data-state", "REQUESTED");
        assertThat(console.byTestId("social-connect-state")).hasText("Ringer 08-465 004 30 … Den som ringer väntar.");
        assertThat(console.byTestId("social-connect-button")).isDisabled();
        assertThat(console.byTestId("social-consult-complete")).hasCount(0);
        console.byTestId("social-consult-cancel").click();
        assertThat(console.byTestId("social-connect-state")).hasAttribute("data-state", "CANCELLED");
        assertThat(console.byTestId("social-connect-state")).hasText("Rådfrågningen avbröts. Den som ringer är kvar hos dig.");

        console.byTestId("social-consult-button").click();
        assertThat(console.byTestId("social-connect-state")).hasAttribute("data-state", "REQUESTED");
        console.centre().server.centre().execute(TELEPHONY, Connections.consultAnswered("SOC-CONSULT").on(CentreState::connections));
        assertThat(console.byTestId("social-connect-state")).hasAttribute("data-state", "CONSULTING");
        assertThat(console.byTestId("social-connect-state")).hasText("Du talar med 08-465 004 30. Den som ringer väntar.");
        console.screenshot("calltaker-koppla-consulting");
        console.byTestId("social-consult-complete").click();
        assertThat(console.byTestId("social-connect-state")).hasAttribute("data-state", "COMPLETING");
        assertThat(console.byTestId("social-consult-cancel")).hasCount(0);
        console.centre().server.centre().execute(TELEPHONY, Connections.succeeded("SOC-CONSULT").on(CentreState::connections));
        assertThat(console.byTestId("social-connect-state")).hasText("Kopplad till 08-465 004 30");

        console.centre().server.centre().execute(TELEPHONY, Connections.ended("SOC-CONSULT", ConnectedParty.CALLER)
                .on(CentreState::connections));
        assertThat(console.byTestId("social-connect-ended")).hasText("Kopplat samtal avslutat – uppringaren lade på efter "
                + minutesSeconds("SOC-CONSULT") + ".");
    }

    /** How long the call was connected, as the console writes a duration (m:ss). */
    private static String minutesSeconds(String callId) {
        Connection c = console.centre().server.centre().read(s -> s.connections().of(callId)).orElseThrow();
        long seconds = Duration.between(c.endedAt(), c.hungUpAt()).toSeconds();
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    private static void phone(String desk, PhoneState state, String callId) {
        console.centre().server.centre().execute(TELEPHONY, Desks.phoneIs(desk, state, callId).on(CentreState::desks));
    }
}
