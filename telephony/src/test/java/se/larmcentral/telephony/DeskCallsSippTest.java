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
import se.larmcentral.centre.desks.Desks;
import se.larmcentral.core.Actor;
import se.larmcentral.journal.InMemoryJournal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.telephony.CentreWaits.awaitCall;

/**
 * A queued call rings at a desk's phone: SIPp as the caller (the trunk) and SIPp as each desk's phone, which first
 * registers with its own credentials on its port, then waits there for the INVITE. The operators sit at their desks
 * in the centre (anna at desk-1 first, so idle longest; bo at desk-2).
 */
class DeskCallsSippTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final Map<String, String> ENVIRONMENT = Map.of("LARM_DESK_1_SECRET", "desk-one-secret-42",
            "LARM_DESK_2_SECRET", "desk-two-secret-42");

    private Centre centre;
    private SipFront front;
    private int port;

    @BeforeEach
    void start() {
        centre = Centre.open(new InMemoryJournal(CLOCK), 64, Centre.Setup.defaults(CLOCK, List.of()));
        Actor admin = new Actor("admin", Actor.Kind.PERSON);
        for (String name : List.of("anna", "bo")) {
            centre.execute(admin, AccountCommands.create(name, Set.of(Role.CALL_TAKER), Set.of(), null, "x"));
        }
        centre.execute(new Actor("anna", Actor.Kind.PERSON), Desks.take("desk-1", "anna").on(CentreState::desks));
        centre.execute(new Actor("bo", Actor.Kind.PERSON), Desks.take("desk-2", "bo").on(CentreState::desks));
    }

    private void front(int ringSeconds) throws Exception {
        port = Sipp.freePort();
        TelephonySettings settings = TelephonySettings.listening("127.0.0.1", port, List.of("127.0.0.1"))
                .withDesks(List.of(new DeskPhone("desk-1", "desk-1", "LARM_DESK_1_SECRET"),
                        new DeskPhone("desk-2", "desk-2", "LARM_DESK_2_SECRET")))
                .withDeskRingSeconds(ringSeconds);
        front = SipFront.start(settings, centre, CLOCK, MunicipalityLookup.none(), SipFront.RINGING_REFRESH,
                ENVIRONMENT::get);
    }

    @AfterEach
    void stop() {
        if (front != null) {
            front.close();
        }
        centre.close();
    }

    @Test
    void theDeskPhoneAnswersAndTheCallIsAnsweredByItsOperatorThenTheCallersByeEndsBothLegs() throws Exception {
        front(10);
        int deskPort = Sipp.freePort();
        register("desk-1", "desk-one-secret-42", deskPort);
        Sipp.Running desk = Sipp.scenario("desk-answers.xml").on(deskPort).with("-s", "desk-1").start(port);

        Sipp.Run caller = Sipp.scenario("invite-answered.xml").key("dialled", "112").key("caller", "+46701234601")
                .against(port);
        Sipp.Run phone = desk.finish();
        assertThat(caller.passed()).as(caller.output()).isTrue();
        assertThat(phone.passed()).as(phone.output()).isTrue();

        Call call = awaitCall(centre, "+46701234601", c -> c.state() == CallState.ANSWERED);
        assertThat(call.movedBy(CallState.ANSWERED)).hasValue("anna");
        assertThat(front.deskLegs()).isZero();

        // the desk's phone as the console sees it, each change once in the journal
        List<String> expected = List.of("desk-1 IDLE ", "desk-1 RINGING " + call.id(), "desk-1 CONNECTED " + call.id(),
                "desk-1 IDLE ");
        List<String> changes = List.of();
        for (int i = 0; i < 50 && !changes.equals(expected); i++) {
            Thread.sleep(100);
            changes = phoneChanges();
        }
        assertThat(changes).isEqualTo(expected);
        se.larmcentral.centre.desks.PhoneState desk2 = centre.read(s -> s.desks().phone("desk-2").state());
        assertThat(desk2).as("never registered").isEqualTo(se.larmcentral.centre.desks.PhoneState.UNREGISTERED);
    }

    /** The desk phones' changes recorded, in order: "desk state callId". */
    private List<String> phoneChanges() {
        return centre.journal().readAfter(0, 10_000).stream().filter(e -> e.type().equals("centre.DeskPhoneChanged"))
                .map(e -> {
                    com.fasterxml.jackson.databind.JsonNode payload;
                    try {
                        payload = new com.fasterxml.jackson.databind.ObjectMapper().readTree(e.payload());
                    } catch (java.io.IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                    return payload.get("desk").asText() + " " + payload.get("state").asText() + " "
                            + payload.get("callId").asText();
                }).toList();
    }

    @Test
    void theOperatorPutsTheCallerOnHoldAndBackWhichTheCallerIsToldAndTheConsoleSees() throws Exception {
        front(10);
        int deskPort = Sipp.freePort();
        register("desk-1", "desk-one-secret-42", deskPort);
        Sipp.Running desk = Sipp.scenario("desk-holds.xml").on(deskPort).with("-s", "desk-1").start(port);

        Sipp.Run caller = Sipp.scenario("invite-answered-hold.xml").key("dialled", "112").key("caller", "+46701234607")
                .against(port);
        Sipp.Run phone = desk.finish();
        assertThat(phone.passed()).as("the phone's re-INVITEs got the caller's answers: " + phone.output()).isTrue();
        assertThat(caller.passed()).as("the caller got sendonly, then sendrecv: " + caller.output()).isTrue();

        String callId = awaitCall(centre, "+46701234607", c -> c.state() == CallState.ANSWERED).id();
        List<String> expected = List.of("desk-1 IDLE ", "desk-1 RINGING " + callId, "desk-1 CONNECTED " + callId,
                "desk-1 ON_HOLD " + callId, "desk-1 CONNECTED " + callId, "desk-1 IDLE ");
        List<String> changes = List.of();
        for (int i = 0; i < 50 && !changes.equals(expected); i++) {
            Thread.sleep(100);
            changes = phoneChanges();
        }
        assertThat(changes).isEqualTo(expected);
    }

    @Test
    void theDeskPhonesByeEndsTheCallersLegToo() throws Exception {
        front(10);
        int deskPort = Sipp.freePort();
        register("desk-1", "desk-one-secret-42", deskPort);
        Sipp.Running desk = Sipp.scenario("desk-hangs-up.xml").on(deskPort).with("-s", "desk-1").start(port);

        Sipp.Run caller = Sipp.scenario("invite-answered-desk-hangs-up.xml").key("dialled", "112")
                .key("caller", "+46701234605").against(port);
        Sipp.Run phone = desk.finish();
        assertThat(phone.passed()).as(phone.output()).isTrue();
        assertThat(caller.passed()).as("the caller got the centre's BYE: " + caller.output()).isTrue();
        assertThat(awaitCall(centre, "+46701234605", c -> c.state() == CallState.ANSWERED).movedBy(CallState.ANSWERED))
                .hasValue("anna");
        assertThat(front.deskLegs()).isZero();
    }

    @Test
    void aDeskThatDoesNotAnswerInTimeIsCancelledAndTheNextDeskGetsTheCall() throws Exception {
        front(2);
        int firstPort = Sipp.freePort();
        register("desk-1", "desk-one-secret-42", firstPort);
        int secondPort = Sipp.freePort();
        register("desk-2", "desk-two-secret-42", secondPort);
        Sipp.Running first = Sipp.scenario("desk-rings-out.xml").on(firstPort).with("-s", "desk-1").start(port);
        Sipp.Running second = Sipp.scenario("desk-answers.xml").on(secondPort).with("-s", "desk-2").start(port);

        Sipp.Run caller = Sipp.scenario("invite-answered.xml").key("dialled", "112").key("caller", "+46701234602")
                .against(port);
        Sipp.Run rangOut = first.finish();
        Sipp.Run answered = second.finish();
        assertThat(caller.passed()).as(caller.output()).isTrue();
        assertThat(rangOut.passed()).as("desk-1 (idle longest) rang first and was cancelled: " + rangOut.output()).isTrue();
        assertThat(answered.passed()).as(answered.output()).isTrue();

        Call call = awaitCall(centre, "+46701234602", c -> c.state() == CallState.ANSWERED);
        assertThat(call.movedBy(CallState.ANSWERED)).hasValue("bo");
    }

    @Test
    void aBusyDeskPhoneSendsTheCallToTheNextDeskAtOnce() throws Exception {
        front(120); // desk-1 would ring 2 minutes: the caller's SIPp gives up after 30 s, so only the 486 moves it on
        int firstPort = Sipp.freePort();
        register("desk-1", "desk-one-secret-42", firstPort);
        int secondPort = Sipp.freePort();
        register("desk-2", "desk-two-secret-42", secondPort);
        Sipp.Running first = Sipp.scenario("desk-busy.xml").on(firstPort).with("-s", "desk-1").start(port);
        Sipp.Running second = Sipp.scenario("desk-answers.xml").on(secondPort).with("-s", "desk-2").start(port);

        Sipp.Run caller = Sipp.scenario("invite-answered.xml").key("dialled", "112").key("caller", "+46701234606")
                .against(port);
        assertThat(first.finish().passed()).isTrue();
        assertThat(second.finish().passed()).isTrue();
        assertThat(caller.passed()).as(caller.output()).isTrue();
        assertThat(awaitCall(centre, "+46701234606", c -> c.state() == CallState.ANSWERED).movedBy(CallState.ANSWERED))
                .hasValue("bo");
    }

    @Test
    void theCallerHangingUpWhileTheDeskRingsCancelsTheDeskAndTheCallIsAbandoned() throws Exception {
        front(10);
        int deskPort = Sipp.freePort();
        register("desk-1", "desk-one-secret-42", deskPort);
        Sipp.Running desk = Sipp.scenario("desk-rings-out.xml").on(deskPort).with("-s", "desk-1").start(port);

        Sipp.Run caller = Sipp.scenario("cancel-in-queue.xml").key("dialled", "112").key("caller", "+46701234603")
                .against(port);
        Sipp.Run phone = desk.finish();
        assertThat(caller.passed()).as(caller.output()).isTrue();
        assertThat(phone.passed()).as("the desk's INVITE was cancelled: " + phone.output()).isTrue();

        Call call = awaitCall(centre, "+46701234603", c -> c.state() == CallState.ABANDONED);
        assertThat(call.movedBy(CallState.ANSWERED)).isEmpty();
    }

    @Test
    void aDeskWithoutARegisteredPhoneIsNotRungAndTheCallWaits() throws Exception {
        front(10);
        Sipp.Run caller = Sipp.scenario("invite-queued.xml").key("dialled", "112").key("caller", "+46701234604")
                .against(port);
        assertThat(caller.passed()).as(caller.output()).isTrue();
        Thread.sleep(1200); // more than two offer periods
        assertThat(awaitCall(centre, "+46701234604", c -> true).state()).isEqualTo(CallState.QUEUED);
        assertThat(front.deskLegs()).isZero();
    }

    private void register(String user, String secret, int onPort) throws Exception {
        Sipp.Run run = Sipp.scenario("register-desk.xml").key("expires", "300").on(onPort)
                .with("-s", user, "-au", user, "-ap", secret).against(port);
        assertThat(run.passed()).as(run.output()).isTrue();
    }

}
