package se.larmcentral.telephony;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.centre.Centre;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.journal.InMemoryJournal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Desk phones registering with their own digest credentials, SIPp playing the phone ({@code -au}/{@code -ap} answer
 * the challenge). A REGISTER may come from any address (the desks are not the trunk); nothing reaches the journal.
 */
class DeskRegistrationSippTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final String SECRET = "desk-one-secret-42";
    private static final Map<String, String> ENVIRONMENT = Map.of("LARM_DESK_1_SECRET", SECRET,
            "LARM_DESK_2_SECRET", "desk-two-secret-42");

    private Centre centre;
    private SipFront front;
    private int port;

    @BeforeEach
    void start() throws Exception {
        centre = Centre.open(new InMemoryJournal(CLOCK), 64, Centre.Setup.defaults(CLOCK, List.of()));
        port = Sipp.freePort();
        TelephonySettings settings = TelephonySettings.listening("127.0.0.1", port, List.of("192.0.2.1"))
                .withDesks(List.of(new DeskPhone("desk-1", "desk-1", "LARM_DESK_1_SECRET"),
                        new DeskPhone("desk-2", "phone-2", "LARM_DESK_2_SECRET")));
        front = SipFront.start(settings, centre, CLOCK, MunicipalityLookup.none(), SipFront.RINGING_REFRESH,
                ENVIRONMENT::get);
    }

    @AfterEach
    void stop() {
        front.close();
        centre.close();
    }

    @Test
    void aDeskPhoneWithItsOwnCredentialsIsRegisteredAfterTheChallenge() throws Exception {
        Sipp.Run run = Sipp.scenario("register-desk.xml").key("expires", "120")
                .with("-s", "desk-1", "-au", "desk-1", "-ap", SECRET).against(port);
        assertThat(run.passed()).as(run.output()).isTrue();
        assertThat(run.received()).first().asString().startsWith("SIP/2.0 401 ");
        assertThat(front.deskContact("desk-1")).hasValueSatisfying(contact ->
                assertThat(contact).startsWith("sip:desk-1@127.0.0.1:"));
        assertThat(front.deskContact("desk-2")).isEmpty();
        // the only thing recorded: desk-1's phone is now registered and free (for the console), once
        for (int i = 0; i < 50 && centre.journal().lastSequence() == 0; i++) {
            Thread.sleep(20);
        }
        Thread.sleep(600); // more than the front's half-second reconciliation: nothing more comes
        assertThat(centre.journal().readAfter(0, 100)).extracting(e -> e.type() + " " + e.payload())
                .containsExactly("centre.DeskPhoneChanged {\"desk\":\"desk-1\",\"state\":\"IDLE\",\"callId\":\"\"}");
    }

    @Test
    void overTcpToo() throws Exception {
        Sipp.Run run = Sipp.scenario("register-desk.xml").key("expires", "3600").overTcp()
                .with("-s", "phone-2", "-au", "phone-2", "-ap", "desk-two-secret-42").against(port);
        assertThat(run.passed()).as(run.output()).isTrue();
        assertThat(front.deskContact("desk-2")).isPresent();
    }

    @Test
    void wrongCredentialsAreForbiddenAndNothingIsBound() throws Exception {
        Sipp.Run wrong = Sipp.scenario("register-desk-refused.xml").key("expires", "120")
                .with("-s", "desk-1", "-au", "desk-1", "-ap", "not-the-secret").against(port);
        assertThat(wrong.passed()).as(wrong.output()).isTrue();
        // another desk's secret is not this desk's
        Sipp.Run crossed = Sipp.scenario("register-desk-refused.xml").key("expires", "120")
                .with("-s", "desk-1", "-au", "desk-1", "-ap", "desk-two-secret-42").against(port);
        assertThat(crossed.passed()).as(crossed.output()).isTrue();
        Sipp.Run stranger = Sipp.scenario("register-desk-refused.xml").key("expires", "120")
                .with("-s", "desk-9", "-au", "desk-9", "-ap", SECRET).against(port);
        assertThat(stranger.passed()).as(stranger.output()).isTrue();

        assertThat(front.deskContact("desk-1")).isEmpty();
        assertThat(centre.journal().lastSequence()).isZero();
    }

    @Test
    void expiresZeroUnregisters() throws Exception {
        Sipp.Run on = Sipp.scenario("register-desk.xml").key("expires", "120")
                .with("-s", "desk-1", "-au", "desk-1", "-ap", SECRET).against(port);
        assertThat(on.passed()).as(on.output()).isTrue();
        assertThat(front.deskContact("desk-1")).isPresent();
        Sipp.Run off = Sipp.scenario("register-desk.xml").key("expires", "0")
                .with("-s", "desk-1", "-au", "desk-1", "-ap", SECRET).against(port);
        assertThat(off.passed()).as(off.output()).isTrue();
        assertThat(front.deskContact("desk-1")).isEmpty();
    }

    @Test
    void aDeskWhoseSecretIsNotInTheEnvironmentStopsTheStartNamingIt() throws Exception {
        TelephonySettings settings = TelephonySettings.listening("127.0.0.1", Sipp.freePort(), List.of())
                .withDesks(List.of(new DeskPhone("desk-3", "desk-3", "LARM_DESK_3_SECRET")));
        assertThatThrownBy(() -> SipFront.start(settings, centre, CLOCK, MunicipalityLookup.none(),
                Duration.ofMinutes(1), ENVIRONMENT::get))
                .isInstanceOf(TelephonyStartException.class)
                .hasMessageContaining("desk-3").hasMessageContaining("LARM_DESK_3_SECRET")
                .hasMessageNotContaining("Exception");
        TelephonySettings weak = TelephonySettings.listening("127.0.0.1", Sipp.freePort(), List.of())
                .withDesks(List.of(new DeskPhone("desk-3", "desk-3", "SHORT")));
        assertThatThrownBy(() -> SipFront.start(weak, centre, CLOCK, MunicipalityLookup.none(),
                Duration.ofMinutes(1), Map.of("SHORT", "abc")::get))
                .isInstanceOf(TelephonyStartException.class).hasMessageContaining("at least 12 characters");
    }

    @Test
    void aDeskPhoneSettingThatIsNotANameIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new DeskPhone("desk 1", "u", "LARM_X")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("telephony.desks.desk");
        assertThatThrownBy(() -> new DeskPhone("desk-1", "u", "secret in the file"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("telephony.desks.secretEnv");
    }
}
