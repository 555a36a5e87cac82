package se.larmcentral.telephony;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.larmcentral.calls.Call;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.connect.ConnectFailure;
import se.larmcentral.centre.connect.ConnectedParty;
import se.larmcentral.centre.connect.Connection;
import se.larmcentral.centre.connect.Connections;


import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.telephony.OperatorAndOnwardPeer.ANNA;
import static se.larmcentral.telephony.CentreWaits.awaitConnection;
import static se.larmcentral.telephony.CentreWaits.awaitCall;

/**
 * Attended Koppla (Rådfråga först): anna, on her desk phone with a social caller, consults the socialjour first. The
 * caller is put on hold by a re-INVITE, the jour is rung with anna's phone's SDP and her phone re-INVITEd with the
 * jour's when it answers; then Koppla nu (the caller and the jour re-INVITEd with each other's SDP, anna's leg
 * ended) or Avbryt (the jour hung up, anna's phone and the caller given each other's SDP again). SIPp is the caller,
 * anna's phone and the jour's phone (as the outbound proxy); Nacka (0182) forwards to the jour, 08-718 00 00.
 */
class ConsultSippTest {

    private OperatorAndOnwardPeer peers;
    private Centre centre;
    private SipFront front;
    private int port;
    private int jourPort;

    @BeforeEach
    void start() throws Exception {
        peers = new OperatorAndOnwardPeer();
        centre = peers.centre;
        front = peers.front;
        port = peers.port;
        jourPort = peers.onwardPort;
    }

    @AfterEach
    void stop() {
        peers.close();
    }

    @Test
    void theJourAnswersTheConsultationThenKopplaNuJoinsTheCallerToItAndLetsTheDeskGo() throws Exception {
        Sipp.Running desk = peers.desk("desk-consults.xml");
        Sipp.Running jour = Sipp.scenario("jour-consulted.xml").on(jourPort).with("-s", "jour").start(port);
        Sipp.Running caller = Sipp.scenario("invite-consulted-joined.xml").key("dialled", "112")
                .key("caller", "+46701234801").start(port);

        Call call = peers.answeredSocialCall("+46701234801");
        Connection asked = centre.execute(ANNA, Connections.consult(call.id(), "anna"));
        assertThat(asked.attended()).isTrue();
        assertThat(awaitConnection(centre, call.id(), c -> c.state() != Connection.State.REQUESTED).state())
                .as("the jour answered anna").isEqualTo(Connection.State.CONSULTING);
        assertThat(front.deskLegs()).as("the caller is still anna's, on hold").isEqualTo(1);

        centre.execute(ANNA, Connections.completeConsult(call.id(), "anna").on(CentreState::connections));

        Sipp.Run phone = desk.finish();
        assertThat(phone.passed()).as("anna's phone talked to the jour, then got the centre's BYE: " + phone.output()).isTrue();
        Sipp.Run callerRun = caller.finish();
        assertThat(callerRun.passed()).as("the caller was held, then given the jour's SDP: " + callerRun.output()).isTrue();
        Sipp.Run jourRun = jour.finish();
        assertThat(jourRun.passed()).as("the jour got anna's SDP, then the caller's, then the BYE: " + jourRun.output()).isTrue();

        Connection done = awaitConnection(centre, call.id(), c -> c.hungUpAt() != null);
        assertThat(done.state()).isEqualTo(Connection.State.CONNECTED);
        assertThat(done.hungUpBy()).isEqualTo(ConnectedParty.CALLER);
        assertThat(front.onwardLegs()).isZero();
        assertThat(front.deskLegs()).isZero();
    }

    @Test
    void avbrytHangsUpTheJourAndGivesTheCallerBackToTheOperator() throws Exception {
        Sipp.Running desk = peers.desk("desk-consults-back.xml");
        Sipp.Running jour = Sipp.scenario("jour-consulted-hung-up.xml").on(jourPort).with("-s", "jour").start(port);
        Sipp.Running caller = Sipp.scenario("invite-consult-back.xml").key("dialled", "112")
                .key("caller", "+46701234802").start(port);

        Call call = peers.answeredSocialCall("+46701234802");
        centre.execute(ANNA, Connections.consult(call.id(), "anna"));
        awaitConnection(centre, call.id(), c -> c.state() == Connection.State.CONSULTING);

        centre.execute(ANNA, Connections.cancelConsult(call.id(), "anna").on(CentreState::connections));

        Sipp.Run jourRun = jour.finish();
        assertThat(jourRun.passed()).as("the jour got the centre's BYE: " + jourRun.output()).isTrue();
        Sipp.Run callerRun = caller.finish();
        assertThat(callerRun.passed()).as("the caller was held, then given anna's phone again: " + callerRun.output()).isTrue();
        Sipp.Run phone = desk.finish();
        assertThat(phone.passed()).as("anna's phone got the jour's SDP, then the caller's: " + phone.output()).isTrue();
        Connection over = centre.read(s -> s.connections().of(call.id())).orElseThrow();
        assertThat(over.state()).isEqualTo(Connection.State.CANCELLED);
        assertThat(front.onwardLegs()).isZero();
    }

    @Test
    void aBusyJourEndsTheConsultationAndTakesTheCallerOffHold() throws Exception {
        Sipp.Running desk = peers.desk("desk-answers.xml");
        Sipp.Running jour = Sipp.scenario("desk-busy.xml").on(jourPort).with("-s", "jour").start(port);
        Sipp.Running caller = Sipp.scenario("invite-consult-back.xml").key("dialled", "112")
                .key("caller", "+46701234803").start(port);

        Call call = peers.answeredSocialCall("+46701234803");
        centre.execute(ANNA, Connections.consult(call.id(), "anna"));

        Connection failed = awaitConnection(centre, call.id(), c -> c.state() != Connection.State.REQUESTED);
        assertThat(failed.state()).isEqualTo(Connection.State.FAILED);
        assertThat(failed.failure()).isEqualTo(ConnectFailure.BUSY);
        assertThat(failed.reason()).contains("+4687180000").contains("486");
        assertThat(jour.finish().passed()).isTrue();
        Sipp.Run callerRun = caller.finish();
        assertThat(callerRun.passed()).as("the caller was held, then given anna's phone again: " + callerRun.output()).isTrue();
        assertThat(desk.finish().passed()).as("anna's phone kept the caller").isTrue();
    }

    @Test
    void theJourHangingUpDuringTheConsultationGivesTheCallerBackToTheOperatorAndSaysSo() throws Exception {
        Sipp.Running desk = peers.desk("desk-consults-back.xml");
        Sipp.Running jour = Sipp.scenario("jour-consulted-hangs-up.xml").on(jourPort).with("-s", "jour").start(port);
        Sipp.Running caller = Sipp.scenario("invite-consult-back.xml").key("dialled", "112")
                .key("caller", "+46701234804").start(port);

        Call call = peers.answeredSocialCall("+46701234804");
        centre.execute(ANNA, Connections.consult(call.id(), "anna"));

        Connection failed = awaitConnection(centre, call.id(), c -> c.state() == Connection.State.FAILED);
        assertThat(failed.failure()).isEqualTo(ConnectFailure.REJECTED);
        assertThat(failed.reason()).isEqualTo("+4687180000 hung up during the consultation");
        assertThat(jour.finish().passed()).as("the jour's BYE was answered").isTrue();
        Sipp.Run callerRun = caller.finish();
        assertThat(callerRun.passed()).as("the caller was held, then given anna's phone again: " + callerRun.output()).isTrue();
        Sipp.Run phone = desk.finish();
        assertThat(phone.passed()).as("anna's phone got the jour's SDP, then the caller's: " + phone.output()).isTrue();
        assertThat(front.onwardLegs()).isZero();
    }

    @Test
    void theOperatorHangingUpDuringTheConsultationEndsBothLegsAndSaysWhoHungUp() throws Exception {
        Sipp.Running desk = peers.desk("desk-consults-hangs-up.xml");
        Sipp.Running jour = Sipp.scenario("jour-consulted-hung-up.xml").on(jourPort).with("-s", "jour").start(port);
        Sipp.Running caller = Sipp.scenario("invite-consult-operator-hangs-up.xml").key("dialled", "112")
                .key("caller", "+46701234805").start(port);

        Call call = peers.answeredSocialCall("+46701234805");
        centre.execute(ANNA, Connections.consult(call.id(), "anna"));

        Connection failed = awaitConnection(centre, call.id(), c -> c.state() == Connection.State.FAILED);
        assertThat(failed.failure()).isEqualTo(ConnectFailure.NO_LINE);
        assertThat(failed.reason()).isEqualTo("the operator hung up during the consultation with +4687180000");
        Sipp.Run phone = desk.finish();
        assertThat(phone.passed()).as("anna's phone talked to the jour, then hung up: " + phone.output()).isTrue();
        Sipp.Run jourRun = jour.finish();
        assertThat(jourRun.passed()).as("the jour got the centre's BYE: " + jourRun.output()).isTrue();
        Sipp.Run callerRun = caller.finish();
        assertThat(callerRun.passed()).as("the caller was held, then got the centre's BYE: " + callerRun.output()).isTrue();
        assertThat(front.onwardLegs()).isZero();
    }


}
