package se.larmcentral.telephony;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallState;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.lines.LineEvent;
import se.larmcentral.centre.time.WallClockScheduler;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.journal.JournalSettings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A centre stopped while a SIPp caller rings in its queue, then started again as the assembly does (the processes
 * first, then the telephony front): the old call's line is gone, so it is recorded lost and abandoned with the
 * reason; a call that comes in after the restart is queued as usual.
 */
class RestartSippTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    @Test
    void aCallRingingWhenTheCentreStopsIsRecordedLostAndAbandonedAndANewCallIsQueuedAsUsual() throws Exception {
        JournalSettings journal = JournalSettings.h2File(dir.resolve("journal"));
        int port = Sipp.freePort();
        TelephonySettings settings = TelephonySettings.listening("127.0.0.1", port, List.of("127.0.0.1"));
        try (Centre before = Centre.open(journal, Centre.Setup.defaults(CLOCK, List.of()))) {
            before.startProcesses(new WallClockScheduler(CLOCK));
            try (SipFront front = SipFront.start(settings, before, CLOCK, MunicipalityLookup.none())) {
                Sipp.Run run = Sipp.scenario("invite-queued.xml").key("dialled", "112").key("caller", "+46701234561")
                        .against(port);
                assertThat(run.passed()).as(run.output()).isTrue();
                assertThat(await(before, "+46701234561", c -> c.state() == CallState.QUEUED)).isPresent();
            }
        }

        int again = Sipp.freePort();
        try (Centre restarted = Centre.open(journal, Centre.Setup.defaults(CLOCK, List.of()))) {
            restarted.startProcesses(new WallClockScheduler(CLOCK));
            try (SipFront front = SipFront.start(TelephonySettings.listening("127.0.0.1", again, List.of("127.0.0.1")),
                    restarted, CLOCK, MunicipalityLookup.none())) {
                Call old = await(restarted, "+46701234561", c -> c.state() == CallState.ABANDONED).orElseThrow();
                Optional<LineEvent.LineLost> lost = restarted.read(s -> s.lines().lost(old.id()));
                assertThat(lost).hasValueSatisfying(line -> {
                    assertThat(line.state()).isEqualTo(CallState.QUEUED);
                    assertThat(line.reason()).contains("restarted").contains("waited in the queue");
                });
                assertThat(old.movedBy(CallState.ABANDONED)).contains("centre-process");

                Sipp.Run run = Sipp.scenario("invite-queued.xml").key("dialled", "112").key("caller", "+46701234562")
                        .against(again);
                assertThat(run.passed()).as(run.output()).isTrue();
                Call fresh = await(restarted, "+46701234562", c -> true).orElseThrow();
                assertThat(fresh.state()).as("taken in after the restart: its line is held").isEqualTo(CallState.QUEUED);
                assertThat(front.ringingCalls()).isEqualTo(1);
            }
        }
    }

    private static Optional<Call> await(Centre centre, String caller, java.util.function.Predicate<Call> wanted)
            throws InterruptedException {
        PhoneNumber number = new PhoneNumber(caller);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        do {
            Optional<Call> found = centre.read(s -> s.calls().calls().stream()
                    .filter(c -> number.equals(c.callerNumber())).filter(wanted).findFirst());
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }
}
