package se.larmcentral.telephony;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallState;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.accounts.AccountCommands;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.centre.connect.ConnectEvent;
import se.larmcentral.centre.connect.ConnectFailure;
import se.larmcentral.centre.connect.ConnectedParty;
import se.larmcentral.centre.connect.Connection;
import se.larmcentral.centre.connect.Connections;
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
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.telephony.CentreWaits.awaitConnection;
import static se.larmcentral.telephony.CentreWaits.awaitCall;

/**
 * Koppla: a social call answered at anna's desk phone is connected on to the socialjour's number through the
 * outbound proxy. SIPp is the caller (the trunk), the desk's phone, and the socialjour's phone listening as the
 * outbound proxy. Nacka (0182) has a basic agreement with the jour, whose number is 08-718 00 00.
 */
class ConnectOnwardSippTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final Map<String, String> ENVIRONMENT = Map.of("LARM_DESK_1_SECRET", "desk-one-secret-42");
    private static final PhoneNumber JOUR = PhoneNumber.parse("number", "08-718 00 00");
    private static final Actor ANNA = new Actor("anna", Actor.Kind.PERSON);

    private InMemoryJournal journal;
    private Centre centre;
    private SipFront front;
    private int port;
    private int jourPort;

    @BeforeEach
    void start() throws Exception {
        journal = new InMemoryJournal(CLOCK);
        centre = Centre.open(journal, 64, Centre.Setup.defaults(CLOCK, List.of()));
        Actor admin = new Actor("admin", Actor.Kind.PERSON);
        centre.execute(admin, AccountCommands.create("anna", Set.of(Role.CALL_TAKER), Set.of(), null, "x"));
        centre.execute(ANNA, Desks.take("desk-1", "anna").on(CentreState::desks));
        centre.execute(admin, new DefineJour(new Jour("sydost", "Socialjour Sydost", JOUR, true, "dygnet runt", null))
                .on(CentreState::social));
        centre.execute(admin, AddAgreement.basic("0182", "sydost", LocalDate.of(2018, 1, 1), null, null, false, null)
                .on(CentreState::social));
        port = Sipp.freePort();
        jourPort = Sipp.freePort();
        TelephonySettings settings = TelephonySettings.listening("127.0.0.1", port, List.of("127.0.0.1"))
                .withDesks(List.of(new DeskPhone("desk-1", "desk-1", "LARM_DESK_1_SECRET")))
                .withOutboundProxy("127.0.0.1:" + jourPort, 5);
        front = SipFront.start(settings, centre, CLOCK, MunicipalityLookup.none(), SipFront.RINGING_REFRESH,
                ENVIRONMENT::get);
        int deskPort = Sipp.freePort();
        Sipp.Run registered = Sipp.scenario("register-desk.xml").key("expires", "300").on(deskPort)
                .with("-s", "desk-1", "-au", "desk-1", "-ap", "desk-one-secret-42").against(port);
        assertThat(registered.passed()).as(registered.output()).isTrue();
        desk = Sipp.scenario("desk-answers.xml").on(deskPort).with("-s", "desk-1").start(port);
    }

    private Sipp.Running desk;

    @AfterEach
    void stop() {
        if (front != null) {
            front.close();
        }
        centre.close();
    }

    @Test
    void theJourAnswersTheCallerIsConnectedToItAndTheDeskIsLetGo() throws Exception {
        Sipp.Running jour = Sipp.scenario("jour-answers.xml").on(jourPort).with("-s", "jour").start(port);
        Sipp.Running caller = Sipp.scenario("invite-connected-on.xml").key("dialled", "112")
                .key("caller", "+46701234701").start(port);

        Call call = answeredSocialCall("+46701234701");
        Connection asked = centre.execute(ANNA, Connections.request(call.id(), "anna"));
        assertThat(asked.number()).isEqualTo(JOUR);

        Sipp.Run phone = desk.finish();
        assertThat(phone.passed()).as("the desk's leg was ended by the centre's BYE: " + phone.output()).isTrue();
        Sipp.Run callerRun = caller.finish();
        assertThat(callerRun.passed()).as("the caller got the jour's SDP in a re-INVITE: " + callerRun.output()).isTrue();
        Sipp.Run jourRun = jour.finish();
        assertThat(jourRun.passed()).as("the jour got the caller's offer and the BYE: " + jourRun.output()).isTrue();

        Connection done = awaitConnection(centre, call.id(), c -> c.hungUpAt() != null);
        assertThat(done.state()).isEqualTo(Connection.State.CONNECTED);
        assertThat(done.hungUpBy()).as("the caller's BYE ended it").isEqualTo(ConnectedParty.CALLER);
        assertThat(front.onwardLegs()).isZero();
        assertThat(front.deskLegs()).isZero();
    }

    @Test
    void theJourHangsUpTheCallerGetsByeAndTheEndIsRecordedWithItsDuration() throws Exception {
        Sipp.Running jour = Sipp.scenario("jour-hangs-up.xml").on(jourPort).with("-s", "jour").start(port);
        Sipp.Running caller = Sipp.scenario("invite-connected-on-far-end-hangs-up.xml").key("dialled", "112")
                .key("caller", "+46701234704").start(port);

        Call call = answeredSocialCall("+46701234704");
        centre.execute(ANNA, Connections.request(call.id(), "anna"));

        Sipp.Run jourRun = jour.finish();
        assertThat(jourRun.passed()).as("the jour's BYE was answered: " + jourRun.output()).isTrue();
        Sipp.Run callerRun = caller.finish();
        assertThat(callerRun.passed()).as("the caller got the centre's BYE: " + callerRun.output()).isTrue();
        assertThat(desk.finish().passed()).isTrue();

        Connection over = awaitConnection(centre, call.id(), c -> c.hungUpAt() != null);
        assertThat(over.hungUpBy()).isEqualTo(ConnectedParty.FAR_END);
        ConnectEvent.ConnectedCallEnded ended = endedEvent(call.id());
        assertThat(ended.hungUp()).isEqualTo(ConnectedParty.FAR_END);
        assertThat(ended.number()).isEqualTo(JOUR);
        assertThat(ended.connectedFor()).as("the jour talked 1.5 s after answering, less the caller's re-INVITE")
                .isBetween(Duration.ofMillis(1000), Duration.ofSeconds(5));
        assertThat(ended.connectedFor()).isEqualTo(Duration.between(over.endedAt(), over.hungUpAt()));
        assertThat(front.onwardLegs()).isZero();
    }

    @Test
    void aBusyJourLeavesTheCallerWithTheOperatorAndSaysSo() throws Exception {
        Sipp.Running jour = Sipp.scenario("desk-busy.xml").on(jourPort).with("-s", "jour").start(port);
        Sipp.Running caller = Sipp.scenario("invite-held.xml").key("dialled", "112").key("caller", "+46701234702")
                .start(port);

        Call call = answeredSocialCall("+46701234702");
        centre.execute(ANNA, Connections.request(call.id(), "anna"));

        Connection failed = awaitConnection(centre, call.id(), c -> c.state() != Connection.State.REQUESTED);
        assertThat(failed.state()).isEqualTo(Connection.State.FAILED);
        assertThat(failed.failure()).isEqualTo(ConnectFailure.BUSY);
        assertThat(failed.reason()).contains("+4687180000").contains("486");
        assertThat(jour.finish().passed()).isTrue();
        assertThat(front.deskLegs()).as("the caller is still with anna's phone").isEqualTo(1);

        Sipp.Run callerRun = caller.finish();
        assertThat(callerRun.passed()).as("no re-INVITE, the call ends with the caller's BYE: " + callerRun.output()).isTrue();
        assertThat(desk.finish().passed()).isTrue();
    }

    @Test
    void aJourThatDoesNotAnswerInTimeIsCancelledAndTheCallerStaysWithTheOperator() throws Exception {
        Sipp.Running jour = Sipp.scenario("desk-rings-out.xml").on(jourPort).with("-s", "jour").start(port);
        Sipp.Running caller = Sipp.scenario("invite-held.xml").key("dialled", "112").key("caller", "+46701234703")
                .start(port);

        Call call = answeredSocialCall("+46701234703");
        centre.execute(ANNA, Connections.request(call.id(), "anna"));

        Connection failed = awaitConnection(centre, call.id(), c -> c.state() != Connection.State.REQUESTED);
        assertThat(failed.state()).isEqualTo(Connection.State.FAILED);
        assertThat(failed.failure()).isEqualTo(ConnectFailure.NO_ANSWER);
        assertThat(failed.reason()).isEqualTo("no answer within 5 s");
        assertThat(failed.endedAt()).isAfterOrEqualTo(failed.requestedAt().plusSeconds(5));
        assertThat(jour.finish().passed()).as("the jour's INVITE was cancelled").isTrue();
        assertThat(caller.finish().passed()).isTrue();
        assertThat(desk.finish().passed()).isTrue();
    }

    /** The caller answered at anna's phone, then the social decision recorded as the classification would. */
    private Call answeredSocialCall(String caller) throws InterruptedException {
        Call call = awaitCall(centre, caller, c -> c.state() == CallState.ANSWERED);
        centre.execute(ANNA, new RecordRoutedCall(call.id(),
                new RouteRequest("0182", null, Channel.EMERGENCY_112, CLOCK.instant())).on(CentreState::social));
        return call;
    }

    /** The recorded end as the journal holds it (read back through the codec). */
    private ConnectEvent.ConnectedCallEnded endedEvent(String callId) {
        List<ConnectEvent.ConnectedCallEnded> ends = journal.readAfter(0, 10_000).stream()
                .map(row -> centre.codec().decode(row).event())
                .filter(ConnectEvent.ConnectedCallEnded.class::isInstance).map(ConnectEvent.ConnectedCallEnded.class::cast)
                .filter(e -> e.callId().equals(callId)).toList();
        assertThat(ends).as("recorded once").hasSize(1);
        return ends.getFirst();
    }


}
