package se.larmcentral.telephony;

import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallState;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.accounts.AccountCommands;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.centre.desks.Desks;
import se.larmcentral.core.Actor;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.journal.InMemoryJournal;
import se.larmcentral.social.AddAgreement;
import se.larmcentral.social.Channel;
import se.larmcentral.social.DefineJour;
import se.larmcentral.social.Jour;
import se.larmcentral.social.RecordRoutedCall;
import se.larmcentral.social.RouteRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the connecting-on SIPp tests start from: a centre where anna (call-taker) sits at desk-1 with its phone
 * registered, Nacka (0182) forwards social calls to Socialjour Sydost ({@link #JOUR}, a basic agreement), and a SIP
 * front whose outbound proxy is {@link #onwardPort}, where SIPp plays the far end (the jour, an organisation).
 */
final class OperatorAndOnwardPeer implements AutoCloseable {

    static final Clock CLOCK = Clock.systemUTC();
    static final Actor ANNA = new Actor("anna", Actor.Kind.PERSON);
    static final PhoneNumber JOUR = PhoneNumber.parse("number", "08-718 00 00");
    private static final Map<String, String> ENVIRONMENT = Map.of("LARM_DESK_1_SECRET", "desk-one-secret-42");

    final InMemoryJournal journal = new InMemoryJournal(CLOCK);
    final Centre centre;
    final SipFront front;
    /** The centre's SIP port. */
    final int port;
    /** Where the centre sends calls out: a SIPp far end listens here. */
    final int onwardPort;
    private final int deskPort;

    OperatorAndOnwardPeer() throws Exception {
        centre = Centre.open(journal, 64, Centre.Setup.defaults(CLOCK, List.of()));
        Actor admin = new Actor("admin", Actor.Kind.PERSON);
        centre.execute(admin, AccountCommands.create("anna", Set.of(Role.CALL_TAKER), Set.of(), null, "x"));
        centre.execute(ANNA, Desks.take("desk-1", "anna").on(CentreState::desks));
        centre.execute(admin, new DefineJour(new Jour("sydost", "Socialjour Sydost", JOUR, true, "dygnet runt", null))
                .on(CentreState::social));
        centre.execute(admin, AddAgreement.basic("0182", "sydost", LocalDate.of(2018, 1, 1), null, null, false, null)
                .on(CentreState::social));
        port = Sipp.freePort();
        onwardPort = Sipp.freePort();
        TelephonySettings settings = TelephonySettings.listening("127.0.0.1", port, List.of("127.0.0.1"))
                .withDesks(List.of(new DeskPhone("desk-1", "desk-1", "LARM_DESK_1_SECRET")))
                .withOutboundProxy("127.0.0.1:" + onwardPort, 5);
        front = SipFront.start(settings, centre, CLOCK, MunicipalityLookup.none(), SipFront.RINGING_REFRESH,
                ENVIRONMENT::get);
        deskPort = Sipp.freePort();
        Sipp.Run registered = Sipp.scenario("register-desk.xml").key("expires", "300").on(deskPort)
                .with("-s", "desk-1", "-au", "desk-1", "-ap", "desk-one-secret-42").against(port);
        assertThat(registered.passed()).as(registered.output()).isTrue();
    }

    /** anna's phone playing {@code scenario}. */
    Sipp.Running desk(String scenario) throws Exception {
        return Sipp.scenario(scenario).on(deskPort).with("-s", "desk-1").start(port);
    }

    /** The far end playing {@code scenario} as {@code name}. */
    Sipp.Running onward(String scenario, String name) throws Exception {
        return Sipp.scenario(scenario).on(onwardPort).with("-s", name).start(port);
    }

    /** The caller answered at anna's phone, then the social decision for Nacka recorded as the classification would. */
    Call answeredSocialCall(String caller) throws InterruptedException {
        Call call = CentreWaits.awaitCall(centre, caller, c -> c.state() == CallState.ANSWERED);
        centre.execute(ANNA, new RecordRoutedCall(call.id(),
                new RouteRequest("0182", null, Channel.EMERGENCY_112, CLOCK.instant())).on(CentreState::social));
        return call;
    }

    @Override
    public void close() {
        try {
            front.close();
        } finally {
            centre.close();
        }
    }
}
