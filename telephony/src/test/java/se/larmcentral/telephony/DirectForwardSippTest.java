package se.larmcentral.telephony;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallState;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.connect.ConnectFailure;
import se.larmcentral.centre.connect.Connection;
import se.larmcentral.core.Actor;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.journal.InMemoryJournal;
import se.larmcentral.social.AddAgreement;
import se.larmcentral.social.AssignDirectNumber;
import se.larmcentral.social.DefineJour;
import se.larmcentral.social.Jour;
import se.larmcentral.social.Outcome;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A direct number whose routing says FORWARD is connected on without an operator: Nacka (0182) has a basic agreement
 * with the jour (08-718 00 00) and the direct number 08-718 00 90. SIPp is the caller and, as the outbound proxy,
 * the jour's phone. No desk phone is registered.
 */
class DirectForwardSippTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final PhoneNumber JOUR = PhoneNumber.parse("number", "08-718 00 00");
    private static final PhoneNumber DIRECT = PhoneNumber.parse("number", "08-718 00 90");

    private Centre centre;
    private SipFront front;
    private int port;
    private int jourPort;

    @BeforeEach
    void start() throws Exception {
        centre = Centre.open(new InMemoryJournal(CLOCK), 64, Centre.Setup.defaults(CLOCK, List.of()));
        Actor admin = new Actor("admin", Actor.Kind.PERSON);
        centre.execute(admin, new DefineJour(new Jour("sydost", "Socialjour Sydost", JOUR, true, "dygnet runt", null))
                .on(CentreState::social));
        centre.execute(admin, AddAgreement.basic("0182", "sydost", LocalDate.of(2018, 1, 1), null, null, false, null)
                .on(CentreState::social));
        centre.execute(admin, new AssignDirectNumber(DIRECT, "0182").on(CentreState::social));
        port = Sipp.freePort();
        jourPort = Sipp.freePort();
        front = SipFront.start(TelephonySettings.listening("127.0.0.1", port, List.of("127.0.0.1"))
                .withOutboundProxy("127.0.0.1:" + jourPort, 5), centre, CLOCK, MunicipalityLookup.none());
    }

    @AfterEach
    void stop() {
        if (front != null) {
            front.close();
        }
        centre.close();
    }

    @Test
    void theJourAnswersAndTheCallerIsAnsweredWithItsAudioNoOperatorNeeded() throws Exception {
        Sipp.Running jour = Sipp.scenario("jour-answers.xml").on(jourPort).with("-s", "jour").start(port);
        Sipp sipp = Sipp.scenario("direct-number-forwarded.xml").key("dialled", "+4687180090").key("caller", "+46701234901");
        Sipp.Run caller = sipp.against(port);
        assertThat(caller.passed()).as("the caller's 200 carries the jour's SDP: " + caller.output()).isTrue();
        assertThat(jour.finish().passed()).as("the jour got the caller's offer and the BYE").isTrue();

        String callId = CentreCallId.of(sipp.sipCallId());
        assertThat(centre.read(s -> s.social().routedCall(callId)).orElseThrow().outcome()).isEqualTo(Outcome.FORWARD);
        Connection connection = await(() -> centre.read(s -> s.connections().of(callId))
                .filter(c -> c.state() != Connection.State.REQUESTED));
        assertThat(connection.state()).isEqualTo(Connection.State.CONNECTED);
        assertThat(connection.number()).isEqualTo(JOUR);
        assertThat(connection.requestedBy()).isEqualTo("telephony");
        java.util.Collection<Call> calls = centre.read(s -> s.calls().calls());
        assertThat(calls).as("no operator was needed: nothing queued").isEmpty();
        assertThat(front.onwardLegs()).isZero();
    }

    @Test
    void aBusyJourSendsTheCallToTheOperatorsQueueWithTheReasonRecorded() throws Exception {
        Sipp.Running jour = Sipp.scenario("desk-busy.xml").on(jourPort).with("-s", "jour").start(port);
        Sipp sipp = Sipp.scenario("invite-queued.xml").key("dialled", "+4687180090").key("caller", "+46701234902");
        Sipp.Run caller = sipp.against(port);
        assertThat(caller.passed()).as(caller.output()).isTrue();
        assertThat(jour.finish().passed()).isTrue();

        String callId = CentreCallId.of(sipp.sipCallId());
        Connection connection = await(() -> centre.read(s -> s.connections().of(callId))
                .filter(c -> c.state() != Connection.State.REQUESTED));
        assertThat(connection.failure()).isEqualTo(ConnectFailure.BUSY);
        Call call = await(() -> centre.read(s -> s.calls().call(callId)));
        assertThat(call.state()).as("queued for an operator, still ringing").isEqualTo(CallState.QUEUED);
        assertThat(call.line().directNumber()).isEqualTo(DIRECT);
        assertThat(front.ringingCalls()).isEqualTo(1);
    }

    private static <T> T await(Supplier<Optional<T>> probe) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not recorded in 10 s");
    }
}
