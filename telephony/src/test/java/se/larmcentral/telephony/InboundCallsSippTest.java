package se.larmcentral.telephony;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallState;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.calls.PositionReport;
import se.larmcentral.calls.PositionSource;
import se.larmcentral.centre.Centre;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.ServiceNumber;
import se.larmcentral.journal.InMemoryJournal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The telephony front against a real SIP peer: a centre on an in-memory journal, the front on a free port, and
 * SIPp (scripts/ensure-sipp) playing the trunk's callers from the scenarios in src/test/resources/sipp.
 */
class InboundCallsSippTest {

    private static final Clock CLOCK = Clock.systemUTC();

    private Centre centre;
    private SipFront front;
    private int port;

    @BeforeAll
    static void sippIsInstalled() throws Exception {
        Process probe = new ProcessBuilder(Sipp.binary(), "-v").redirectErrorStream(true).start();
        probe.getInputStream().readAllBytes();
        probe.waitFor();
        // no skipping: without SIPp the tests fail here, saying what to run
        assertThat(probe.exitValue()).as("SIPp must be installed: run scripts/ensure-sipp").isNotEqualTo(127);
    }

    @BeforeEach
    void start() throws Exception {
        centre = Centre.open(new InMemoryJournal(CLOCK), 64, Centre.Setup.defaults(CLOCK, List.of()));
        port = Sipp.freePort();
        front = SipFront.start(TelephonySettings.listening("127.0.0.1", port, List.of("127.0.0.1")), centre, CLOCK,
                MunicipalityLookup.none());
    }

    @AfterEach
    void stop() {
        if (front != null) {
            front.close();
        }
        centre.close();
    }

    @Test
    void aCallTo112IsQueuedWithTheAssertedNumberAndRingsOverUdp() throws Exception {
        Instant before = CLOCK.instant();
        Sipp.Run run = Sipp.scenario("invite-queued.xml").key("dialled", "112").key("caller", "+46701234501")
                .against(port);
        assertThat(run.passed()).as(run.output()).isTrue();

        Call call = awaitCall("+46701234501", c -> true);
        assertThat(call.state()).isEqualTo(CallState.QUEUED);
        assertThat(call.line().service()).isEqualTo(ServiceNumber.EMERGENCY_112);
        assertThat(call.id()).startsWith("sip-");
        assertThat(call.queuedAt()).isBetween(before, CLOCK.instant());
        assertThat(call.position().reported()).isEmpty();
        assertThat(front.ringingCalls()).isEqualTo(1);
    }

    @Test
    void aCallWaitingLongHearsRingingAgainSoNoProxyOnTheWayEndsIt() throws Exception {
        int other = Sipp.freePort();
        Sipp.Run run;
        try (SipFront quick = SipFront.start(TelephonySettings.listening("127.0.0.1", other, List.of("127.0.0.1")),
                centre, CLOCK, MunicipalityLookup.none(), Duration.ofSeconds(1))) {
            run = Sipp.scenario("invite-queued-long.xml").key("dialled", "112").key("caller", "+46701234510")
                    .against(other);
        }
        assertThat(run.passed()).as(run.output()).isTrue();
        long ringing = run.received().stream().filter(m -> m.startsWith("SIP/2.0 180 ")).count();
        assertThat(ringing).as("180 at once, then again each second of the 2.6 s").isGreaterThanOrEqualTo(3);
        assertThat(awaitCall("+46701234510", c -> true).state()).isEqualTo(CallState.QUEUED);
    }

    @Test
    void overTcpTheDialledNumberIsReadFromTheRequestUri() throws Exception {
        Sipp.Run run = Sipp.scenario("invite-queued.xml").key("dialled", "11313").key("caller", "0701234502")
                .overTcp().against(port);
        assertThat(run.passed()).as(run.output()).isTrue();

        Call call = awaitCall("+46701234502", c -> true);
        assertThat(call.line().service()).isEqualTo(ServiceNumber.CRISIS_INFORMATION_113_13);
        assertThat(call.state()).isEqualTo(CallState.QUEUED);
    }

    @Test
    void aPidfLoBodyGivesTheCallItsPosition() throws Exception {
        Sipp.Run run = Sipp.scenario("invite-pidf-lo.xml").key("dialled", "112").key("caller", "+46701234503")
                .against(port);
        assertThat(run.passed()).as(run.output()).isTrue();

        Call call = awaitCall("+46701234503", c -> !c.position().reported().isEmpty());
        PositionReport report = call.position().reported().getFirst();
        assertThat(report.position().source()).isEqualTo(PositionSource.PIDF_LO);
        assertThat(report.position().point().lat()).isCloseTo(59.33258, within(1e-9));
        assertThat(report.position().point().lon()).isCloseTo(18.06490, within(1e-9));
        assertThat(report.position().uncertaintyMetres()).isEqualTo(35.0);
        assertThat(report.position().method()).isEqualTo("GPS");
    }

    @Test
    void aPidfLoWithADoctypeIsRefusedUnreadAndTheCallTakenInWithoutIt() throws Exception {
        Sipp.Run run = Sipp.scenario("invite-pidf-lo-doctype.xml").key("dialled", "112").key("caller", "+46701234504")
                .against(port);
        assertThat(run.passed()).as(run.output()).isTrue();

        Call call = awaitCall("+46701234504", c -> true);
        assertThat(call.state()).isEqualTo(CallState.QUEUED);
        assertThat(call.position().reported()).isEmpty();
    }

    @Test
    void aCancelInTheQueueRecordsTheCallAbandoned() throws Exception {
        Sipp.Run run = Sipp.scenario("cancel-in-queue.xml").key("dialled", "112").key("caller", "+46701234505")
                .against(port);
        assertThat(run.passed()).as(run.output()).isTrue();

        Call call = awaitCall("+46701234505", c -> c.state() == CallState.ABANDONED);
        assertThat(call.reachedAt(CallState.ABANDONED).orElseThrow()).isAfter(call.queuedAt());
        assertThat(call.movedBy(CallState.ABANDONED)).contains(InboundCalls.ACTOR.id());
        assertThat(front.ringingCalls()).isZero();
    }

    @Test
    void aByeInTheEarlyDialogAlsoRecordsTheCallAbandoned() throws Exception {
        Sipp.Run run = Sipp.scenario("bye-in-queue.xml").key("dialled", "116000").key("caller", "+46701234509")
                .against(port);
        assertThat(run.passed()).as(run.output()).isTrue();

        Call call = awaitCall("+46701234509", c -> c.state() == CallState.ABANDONED);
        assertThat(call.line().service()).isEqualTo(ServiceNumber.MISSING_CHILDREN_116_000);
        assertThat(front.ringingCalls()).isZero();
    }

    @Test
    void aNumberThatIsNotTheCentresIsRefused404AndNothingRecorded() throws Exception {
        Sipp.Run run = Sipp.scenario("invite-not-found.xml").key("dialled", "+46812345678").key("caller", "+46701234506")
                .against(port);
        assertThat(run.passed()).as(run.output()).isTrue();
        assertNothingRecorded();
    }

    @Test
    void aPeerThatIsNotConfiguredIsRefused403AndNothingRecorded() throws Exception {
        int other = Sipp.freePort();
        Sipp.Run run;
        try (SipFront trunkOnly = SipFront.start(TelephonySettings.listening("127.0.0.1", other, List.of("192.0.2.10")),
                centre, CLOCK, MunicipalityLookup.none())) {
            run = Sipp.scenario("invite-forbidden.xml").key("dialled", "112").key("caller", "+46701234507")
                    .against(other);
        }
        assertThat(run.passed()).as(run.output()).isTrue();
        assertNothingRecorded();
    }

    @Test
    void aMalformedInviteIsRefused400AndNothingRecorded() throws Exception {
        Sipp.Run run = Sipp.scenario("malformed-invite.xml").key("dialled", "112").key("caller", "+46701234508")
                .against(port);
        assertThat(run.passed()).as(run.output()).isTrue();
        assertNothingRecorded();
    }

    @Test
    void optionsIsAnsweredRegisterIsNotAllowedAndAnUnknownMethodIsNotImplemented() throws Exception {
        Sipp.Run run = Sipp.scenario("other-methods.xml").against(port);
        assertThat(run.passed()).as(run.output()).isTrue();
        assertNothingRecorded();
    }

    private void assertNothingRecorded() throws InterruptedException {
        Thread.sleep(300); // the centre's worker would have run an intake by now
        Collection<Call> calls = centre.read(s -> s.calls().calls());
        assertThat(calls).isEmpty();
        assertThat(centre.journal().lastSequence()).isZero();
    }

    private Call awaitCall(String caller, Predicate<Call> ready) throws InterruptedException {
        PhoneNumber number = new PhoneNumber(caller);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        Optional<Call> found = Optional.empty();
        while (Instant.now().isBefore(deadline)) {
            found = centre.read(s -> s.calls().calls().stream().filter(c -> number.equals(c.callerNumber())).findFirst());
            if (found.isPresent() && ready.test(found.get())) {
                return found.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no call from " + caller + " as expected in 5 s; found " + found);
    }
}
