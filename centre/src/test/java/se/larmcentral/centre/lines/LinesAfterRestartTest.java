package se.larmcentral.centre.lines;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.calls.AbandonCall;
import se.larmcentral.calls.AnswerCall;
import se.larmcentral.calls.CallState;
import se.larmcentral.calls.DialledLine;
import se.larmcentral.calls.IntakeCall;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.process.CallProcesses;
import se.larmcentral.centre.time.VirtualScheduler;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Decision;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.ServiceNumber;
import se.larmcentral.journal.JournalSettings;
import se.larmcentral.journal.StoredEvent;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telephony calls a stopped centre held the lines of (queued, ringing, with an operator) are cut off: the restarted
 * centre records each line lost with the reason, abandons the queued ones, once; calls taken in another way (the web
 * API) and calls already over are left as they are.
 */
class LinesAfterRestartTest {

    private static final Actor ANNA = new Actor("anna", Actor.Kind.PERSON);
    private static final PhoneNumber CALLER = PhoneNumber.parse("callerNumber", "070-123 45 67");

    @TempDir
    Path dir;

    @Test
    void aRestartedCentreRecordsTheLinesItNoLongerHoldsLostOnceAndAbandonsTheQueuedCalls() {
        JournalSettings settings = JournalSettings.h2File(dir.resolve("journal"));
        try (Centre before = Centre.open(settings, Centre.Setup.defaults(Clock.systemUTC(), List.of()))) {
            for (String id : List.of("sip-queued", "sip-answered", "sip-gone")) {
                intake(before, Lines.TELEPHONY, id);
            }
            intake(before, ANNA, "web-queued");
            before.execute(ANNA, new AnswerCall("sip-answered").on(CentreState::calls));
            before.execute(Lines.TELEPHONY, new AbandonCall("sip-gone").on(CentreState::calls));
        }
        try (Centre restarted = Centre.open(settings, Centre.Setup.defaults(Clock.systemUTC(), List.of()))) {
            assertThat(held(restarted)).as("on a line before the processes start")
                    .containsExactlyInAnyOrder("sip-queued", "sip-answered");
            started(restarted);

            assertThat(state(restarted, "sip-queued")).isEqualTo(CallState.ABANDONED);
            assertThat(lost(restarted, "sip-queued").orElseThrow().reason())
                    .contains("restarted").contains("waited in the queue");
            assertThat(state(restarted, "sip-answered")).as("still the operator's call").isEqualTo(CallState.ANSWERED);
            LineEvent.LineLost answered = lost(restarted, "sip-answered").orElseThrow();
            assertThat(answered.state()).isEqualTo(CallState.ANSWERED);
            assertThat(answered.reason()).contains("restarted").contains("with the operator");
            assertThat(state(restarted, "web-queued")).as("not a telephone line of ours").isEqualTo(CallState.QUEUED);
            assertThat(lost(restarted, "web-queued")).isEmpty();
            assertThat(lost(restarted, "sip-gone")).as("over before the stop").isEmpty();
            assertThat(held(restarted)).isEmpty();
        }
        try (Centre again = Centre.open(settings, Centre.Setup.defaults(Clock.systemUTC(), List.of()))) {
            started(again);
            List<StoredEvent> rows = again.journal().readAfter(0, 10_000);
            assertThat(rows.stream().filter(r -> r.type().equals("centre.LineLost")).count())
                    .as("each line recorded lost once").isEqualTo(2);
            assertThat(rows.stream().filter(r -> r.type().equals("calls.CallAbandoned")).count())
                    .as("sip-gone by the caller, sip-queued by the restart").isEqualTo(2);
        }
    }

    private static void intake(Centre centre, Actor actor, String id) {
        centre.execute(actor, new IntakeCall(id, DialledLine.service(ServiceNumber.EMERGENCY_112), CALLER,
                Instant.now()).on(CentreState::calls));
    }

    private static void started(Centre centre) {
        centre.startProcesses(new VirtualScheduler(Instant.now()));
        centre.<Void>execute(CallProcesses.ACTOR, (state, now) -> Decision.of(null)); // waits for the start
    }

    private static List<String> held(Centre centre) {
        return centre.read(Lines::heldBeforeStart);
    }

    private static java.util.Optional<LineEvent.LineLost> lost(Centre centre, String id) {
        return centre.read(s -> s.lines().lost(id));
    }

    private static CallState state(Centre centre, String id) {
        return centre.read(s -> s.calls().call(id)).orElseThrow().state();
    }
}
