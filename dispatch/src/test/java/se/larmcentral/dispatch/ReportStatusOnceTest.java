package se.larmcentral.dispatch;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.DispatchEvent.StatusReportReceived;
import se.larmcentral.dispatch.DispatchEvent.UnitStatusChanged;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.larmcentral.dispatch.UnitStatus.*;

/** A terminal's report with its own id: recorded once with the instants pressed and received, whatever is sent again. */
class ReportStatusOnceTest {

    private final Centre centre = new Centre().station("s1", Places.CENTRE).ambulance("A1", "s1")
            .incident("I1", Places.CENTRE, 1);

    private static ReportStatusOnce once(String id, Instant pressed, UnitStatus status) {
        return new ReportStatusOnce(id, pressed, ReportStatus.of("A1", status));
    }

    @Test
    void aReportSentTwiceIsRecordedOnceAndAnsweredWithItsFirstOutcome() {
        centre.run(new AssignUnit("I1", "A1"));
        Instant pressed = centre.now;
        centre.advance(Duration.ofSeconds(75));
        int before = centre.journal.size();

        ReportStatusOnce.Outcome first = centre.run(once("t-1", pressed, ACKNOWLEDGED));
        assertThat(first.repeated()).isFalse();
        assertThat(first.pressedAt()).isEqualTo(pressed);
        assertThat(first.receivedAt()).isEqualTo(centre.now);
        assertThat(centre.journal.subList(before, centre.journal.size())).extracting(r -> (Object) r.event().getClass())
                .containsExactly(UnitStatusChanged.class, StatusReportReceived.class);
        StatusReportReceived recorded = (StatusReportReceived) centre.journal.getLast().event();
        assertThat(recorded).isEqualTo(new StatusReportReceived("A1", "t-1", "I1", ALERTED, ACKNOWLEDGED, pressed, centre.now));

        centre.run(once("t-2", centre.now, EN_ROUTE));
        int after = centre.journal.size();
        centre.advance(Duration.ofSeconds(30));
        ReportStatusOnce.Outcome again = centre.run(once("t-1", pressed, ACKNOWLEDGED));
        assertThat(again.repeated()).isTrue();
        assertThat(again.change()).isEqualTo(first.change());
        assertThat(again.receivedAt()).as("the first receipt").isEqualTo(first.receivedAt());
        assertThat(centre.journal).hasSize(after);
        assertThat(centre.unitNow("A1").status()).isEqualTo(EN_ROUTE);
    }

    @Test
    void theIdsRecordedSurviveARestartThatReplaysTheJournal() {
        centre.run(new AssignUnit("I1", "A1"));
        centre.run(once("t-1", centre.now, ACKNOWLEDGED));
        DispatchState replayed = new DispatchState();
        centre.journal.forEach(replayed::apply);
        assertThat(replayed.statusReport("A1", "t-1")).isEqualTo(centre.state.statusReport("A1", "t-1")).isPresent();
        assertThat(once("t-1", centre.now, ACKNOWLEDGED).decide(replayed, centre.now.plusSeconds(60)).events())
                .as("sent again after the restart: nothing new").isEmpty();
    }

    @Test
    void anIdUsedForAnotherStatusIsRefusedNamingTheField() {
        centre.run(new AssignUnit("I1", "A1"));
        centre.run(once("t-1", centre.now, ACKNOWLEDGED));
        assertThatThrownBy(() -> centre.run(once("t-1", centre.now, EN_ROUTE)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("recorded as ACKNOWLEDGED, not EN_ROUTE")
                .satisfies(e -> assertThat(((ConflictException) e).field()).isEqualTo("reportId"));
    }

    @Test
    void badIdsAndPressesInTheFutureAreRefusedAndNothingIsRecorded() {
        centre.run(new AssignUnit("I1", "A1"));
        int before = centre.journal.size();
        for (String bad : new String[]{null, "", "has space", "x".repeat(65)}) {
            assertThatThrownBy(() -> centre.run(once(bad, centre.now, ACKNOWLEDGED)))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("reportId"));
        }
        assertThatThrownBy(() -> centre.run(once("t-1", centre.now.plusSeconds(31), ACKNOWLEDGED)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("future")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("pressedAt"));
        // an illegal change is refused as a plain report is, and the id stays free
        assertThatThrownBy(() -> centre.run(once("t-1", centre.now, ON_SCENE))).isInstanceOf(ConflictException.class);
        assertThat(centre.journal).hasSize(before);
        assertThat(centre.run(once("t-1", centre.now, ACKNOWLEDGED)).repeated()).isFalse();
    }

    @Test
    void withoutAPressedInstantTheReceivedOneStands() {
        centre.run(new AssignUnit("I1", "A1"));
        ReportStatusOnce.Outcome outcome = centre.run(once("t-1", null, ACKNOWLEDGED));
        assertThat(outcome.pressedAt()).isEqualTo(centre.now);
    }

    @Test
    void onlyTheLastIdsPerUnitAreRemembered() {
        centre.run(new AssignUnit("I1", "A1"));
        centre.run(once("first", centre.now, ACKNOWLEDGED));
        centre.status("A1", CLEAR);
        for (int i = 0; i < DispatchState.REMEMBERED_REPORTS; i++) {
            centre.run(once("r" + i, centre.now, i % 2 == 0 ? AVAILABLE_MOBILE : AVAILABLE_AT_STATION));
        }
        assertThat(centre.state.statusReport("A1", "first")).isEmpty();
        assertThat(centre.state.statusReport("A1", "r" + (DispatchState.REMEMBERED_REPORTS - 1))).isPresent();
    }
}
