package se.larmcentral.centre.connect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.process.CallProcesses;
import se.larmcentral.centre.time.VirtualScheduler;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Decision;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.journal.JournalSettings;
import se.larmcentral.journal.StoredEvent;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connecting-ons a stopped centre left open (ringing, consulting) have lost their telephony lines: the restarted
 * centre records each failed (NO_LINE) with the reason, once; a connected one is left as it is.
 */
class ConnectionsAfterRestartTest {

    private static final PhoneNumber JOUR = PhoneNumber.parse("number", "08-718 00 00");
    private static final Actor TELEPHONY = new Actor("telephony", Actor.Kind.INTEGRATION);

    @TempDir
    Path dir;

    @Test
    void aRestartedCentreRecordsTheConnectingOnsLeftOpenAsFailedWithTheReasonOnce() {
        JournalSettings settings = JournalSettings.h2File(dir.resolve("journal"));
        try (Centre before = Centre.open(settings, Centre.Setup.defaults(Clock.systemUTC(), List.of()))) {
            before.execute(TELEPHONY, Connections.byRouting("RINGING-1", JOUR).on(CentreState::connections));
            before.execute(new Actor("anna", Actor.Kind.PERSON), (state, now) ->
                    Decision.of(null, new ConnectEvent.ConsultStarted("CONSULT-1", JOUR, "anna")));
            before.execute(TELEPHONY, Connections.consultAnswered("CONSULT-1").on(CentreState::connections));
            before.execute(TELEPHONY, Connections.byRouting("DONE-1", JOUR).on(CentreState::connections));
            before.execute(TELEPHONY, Connections.succeeded("DONE-1").on(CentreState::connections));
        }
        try (Centre restarted = Centre.open(settings, Centre.Setup.defaults(Clock.systemUTC(), List.of()))) {
            List<Connection> open = restarted.read(s -> s.connections().pending());
            assertThat(open).as("still open before the processes start").hasSize(1);
            restarted.startProcesses(new VirtualScheduler(Instant.now()));
            restarted.<Void>execute(CallProcesses.ACTOR, (state, now) -> Decision.of(null)); // waits for the start

            for (String callId : List.of("RINGING-1", "CONSULT-1")) {
                Connection settled = restarted.read(s -> s.connections().of(callId)).orElseThrow();
                assertThat(settled.state()).as(callId).isEqualTo(Connection.State.FAILED);
                assertThat(settled.failure()).isEqualTo(ConnectFailure.NO_LINE);
                assertThat(settled.reason()).contains("restarted").contains("08-718 00 00");
            }
            assertThat(restarted.read(s -> s.connections().of("CONSULT-1")).orElseThrow().reason()).contains("during the operator's consultation");
            assertThat(restarted.read(s -> s.connections().of("DONE-1")).orElseThrow().state())
                    .isEqualTo(Connection.State.CONNECTED);
        }
        try (Centre again = Centre.open(settings, Centre.Setup.defaults(Clock.systemUTC(), List.of()))) {
            again.startProcesses(new VirtualScheduler(Instant.now()));
            again.<Void>execute(CallProcesses.ACTOR, (state, now) -> Decision.of(null));
            List<StoredEvent> rows = again.journal().readAfter(0, 10_000);
            assertThat(rows.stream().filter(r -> r.type().equals("centre.ConnectFailed")).count())
                    .as("each recorded failed once").isEqualTo(2);
        }
    }
}
