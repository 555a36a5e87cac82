package se.larmcentral.telephony;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.larmcentral.calls.Call;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.connect.ConnectEvent;
import se.larmcentral.centre.connect.ConnectFailure;
import se.larmcentral.centre.connect.ConnectedParty;
import se.larmcentral.centre.connect.Connection;
import se.larmcentral.centre.connect.Connections;
import se.larmcentral.journal.InMemoryJournal;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.telephony.OperatorAndOnwardPeer.ANNA;
import static se.larmcentral.telephony.OperatorAndOnwardPeer.CLOCK;
import static se.larmcentral.telephony.OperatorAndOnwardPeer.JOUR;
import static se.larmcentral.telephony.CentreWaits.awaitConnection;
import static se.larmcentral.telephony.CentreWaits.awaitCall;

/**
 * Koppla: a social call answered at anna's desk phone is connected on to the socialjour's number through the
 * outbound proxy. SIPp is the caller (the trunk), the desk's phone, and the socialjour's phone listening as the
 * outbound proxy. Nacka (0182) has a basic agreement with the jour, whose number is 08-718 00 00.
 */
class ConnectOnwardSippTest {

    private OperatorAndOnwardPeer peers;
    private InMemoryJournal journal;
    private Centre centre;
    private SipFront front;
    private Sipp.Running desk;
    private int port;
    private int jourPort;

    @BeforeEach
    void start() throws Exception {
        peers = new OperatorAndOnwardPeer();
        journal = peers.journal;
        centre = peers.centre;
        front = peers.front;
        port = peers.port;
        jourPort = peers.onwardPort;
        desk = peers.desk("desk-answers.xml");
    }

    @AfterEach
    void stop() {
        peers.close();
    }

    @Test
    void theJourAnswersTheCallerIsConnectedToItAndTheDeskIsLetGo() throws Exception {
        Sipp.Running jour = Sipp.scenario("jour-answers.xml").on(jourPort).with("-s", "jour").start(port);
        Sipp.Running caller = Sipp.scenario("invite-connected-on.xml").key("dialled", "112")
                .key("caller", "+46701234701").start(port);

        Call call = peers.answeredSocialCall("+46701234701");
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

        Call call = peers.answeredSocialCall("+46701234704");
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

        Call call = peers.answeredSocialCall("+46701234702");
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

        Call call = peers.answeredSocialCall("+46701234703");
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
