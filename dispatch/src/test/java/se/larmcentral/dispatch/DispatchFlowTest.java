package se.larmcentral.dispatch;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.InvalidInputException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.larmcentral.dispatch.UnitStatus.*;

class DispatchFlowTest {

    private final Centre centre = new Centre().station("s1", Places.CENTRE).ambulance("A1", "s1").ambulance("A2", "s1");

    @Test
    void everyStepIsTimestampedAndResponseTimeCountsFromTheCallEnteringTheQueue() {
        Instant callQueued = centre.now;
        centre.advance(Duration.ofSeconds(70));
        Instant decided = centre.now;
        centre.run(new CreateIncident("I1", Places.north(2), 1, UnitType.AMBULANCE, callQueued));
        centre.advance(Duration.ofSeconds(20));
        Instant alerted = centre.now;
        centre.run(new AssignUnit("I1", "A1"));
        centre.advance(Duration.ofSeconds(15)).status("A1", ACKNOWLEDGED);
        Instant acknowledged = centre.now;
        centre.advance(Duration.ofSeconds(60)).status("A1", EN_ROUTE);
        Instant enRoute = centre.now;
        centre.advance(Duration.ofMinutes(8)).status("A1", ON_SCENE);
        Instant onScene = centre.now;
        centre.advance(Duration.ofMinutes(1));
        centre.run(new ReportAtPatient("I1", "A1"));
        Instant atPatient = centre.now;
        centre.advance(Duration.ofMinutes(20)).status("A1", TRANSPORT);
        Instant leftScene = centre.now;
        centre.advance(Duration.ofMinutes(12)).status("A1", AT_HOSPITAL);
        Instant atDestination = centre.now;
        centre.advance(Duration.ofMinutes(10)).status("A1", CLEAR);
        Instant clear = centre.now;

        IncidentTimes times = centre.incidentNow("I1").times();
        assertThat(times.asMap()).containsExactly(
                java.util.Map.entry(Milestone.QUEUED, callQueued),
                java.util.Map.entry(Milestone.PRIORITY_DECIDED, decided),
                java.util.Map.entry(Milestone.UNIT_ALERTED, alerted),
                java.util.Map.entry(Milestone.ACKNOWLEDGED, acknowledged),
                java.util.Map.entry(Milestone.EN_ROUTE, enRoute),
                java.util.Map.entry(Milestone.ON_SCENE, onScene),
                java.util.Map.entry(Milestone.AT_PATIENT, atPatient),
                java.util.Map.entry(Milestone.LEFT_SCENE, leftScene),
                java.util.Map.entry(Milestone.AT_DESTINATION, atDestination),
                java.util.Map.entry(Milestone.HANDOVER_COMPLETE, clear),
                java.util.Map.entry(Milestone.AVAILABLE, clear));
        assertThat(times.responseTime()).contains(Duration.between(callQueued, onScene));
        assertThat(times.responseTime()).contains(Duration.ofSeconds(70 + 20 + 15 + 60 + 480));
        assertThat(centre.incidentNow("I1").status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(centre.unitNow("A1").status()).isEqualTo(CLEAR);
        assertThat(centre.unitNow("A1").incidentId()).isNull();
    }

    @Test
    void aMilestoneKeepsItsFirstOccurrence() {
        centre.incident("I1", Places.north(2), 1);
        centre.run(new AssignUnit("I1", "A1"));
        Instant first = centre.now;
        centre.advance(Duration.ofSeconds(30));
        centre.run(new AssignUnit("I1", "A2"));
        assertThat(centre.incidentNow("I1").times().get(Milestone.UNIT_ALERTED)).contains(first);
    }

    @Test
    void noResponseTimeBeforeAUnitIsOnScene() {
        centre.incident("I1", Places.north(2), 2);
        centre.run(new AssignUnit("I1", "A1"));
        assertThat(centre.incidentNow("I1").times().responseTime()).isEmpty();
    }

    @Test
    void cancellingStandsDownTheUnitsAndStampsTheCancellation() {
        centre.incident("I1", Places.north(2), 2);
        centre.run(new AssignUnit("I1", "A1"));
        centre.status("A1", ACKNOWLEDGED);
        centre.advance(Duration.ofSeconds(40));

        CancelIncident.Cancelled cancelled = centre.run(new CancelIncident("I1", "duplicate call"));

        assertThat(cancelled.releasedUnitIds()).containsExactly("A1");
        assertThat(centre.unitNow("A1").status()).isEqualTo(CLEAR);
        assertThat(centre.incidentNow("I1").status()).isEqualTo(IncidentStatus.CANCELLED);
        assertThat(centre.incidentNow("I1").times().get(Milestone.CANCELLED)).contains(centre.now);
        assertThat(PendingQueue.at(centre.state, centre.now)).isEmpty();
    }

    @Test
    void aCaseWithAPatientOnBoardCannotBeCancelled() {
        centre.incident("I1", Places.north(2), 2);
        centre.run(new AssignUnit("I1", "A1"));
        centre.status("A1", ACKNOWLEDGED, EN_ROUTE, ON_SCENE, TRANSPORT);
        assertThatThrownBy(() -> centre.run(new CancelIncident("I1", "whatever")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("TRANSPORT");
        assertThat(centre.incidentNow("I1").status()).isEqualTo(IncidentStatus.ASSIGNED);
    }

    @Test
    void aUnitStoodDownBeforeArrivalLeavesItsCaseInTheQueue() {
        centre.incident("I1", Places.north(2), 2);
        centre.run(new AssignUnit("I1", "A1"));
        centre.status("A1", ACKNOWLEDGED, CLEAR);
        assertThat(centre.incidentNow("I1").status()).isEqualTo(IncidentStatus.QUEUED);
        assertThat(centre.incidentNow("I1").times().has(Milestone.AVAILABLE)).isFalse();
    }

    @Test
    void createIncidentValidatesItsInput() {
        assertThatThrownBy(() -> centre.run(new CreateIncident("I1", Places.CENTRE, 5, UnitType.AMBULANCE, centre.now)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("priority"));
        assertThatThrownBy(() -> centre.run(new CreateIncident("I1", Places.CENTRE, 1, UnitType.AMBULANCE, centre.now.plusSeconds(1))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("callQueuedAt"));
        assertThatThrownBy(() -> centre.run(new CreateIncident("bad id", Places.CENTRE, 1, UnitType.AMBULANCE, centre.now)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("incidentId"));
        centre.incident("I1", Places.CENTRE, 1);
        assertThatThrownBy(() -> centre.run(new CreateIncident("I1", Places.CENTRE, 1, UnitType.AMBULANCE, centre.now)))
                .isInstanceOf(ConflictException.class);
        assertThat(centre.state.incidents()).hasSize(1);
    }

    @Test
    void positionReportsRefuseTheFutureAndIgnoreOlderOnes() {
        Instant observed = centre.now.minusSeconds(10);
        ReportPosition.Answer first = centre.run(new ReportPosition("A1", Places.north(1), observed));
        assertThat(first.accepted()).isTrue();

        ReportPosition.Answer older = centre.run(new ReportPosition("A1", Places.north(5), observed.minusSeconds(5)));
        assertThat(older.accepted()).isFalse();
        assertThat(centre.unitNow("A1").reportedPosition()).isEqualTo(Places.north(1));

        assertThatThrownBy(() -> centre.run(new ReportPosition("A1", Places.CENTRE, centre.now.plusSeconds(31))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("observedAt"));
        assertThatThrownBy(() -> centre.run(new ReportPosition("GHOST", Places.CENTRE, centre.now)))
                .isInstanceOf(se.larmcentral.core.NotFoundException.class);
    }

    @Test
    void registrationRefusesDuplicatesAndUnknownStations() {
        assertThatThrownBy(() -> centre.ambulance("A1", "s1")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("'A1' is already registered");
        assertThatThrownBy(() -> centre.ambulance("A9", "nowhere"))
                .isInstanceOf(se.larmcentral.core.NotFoundException.class).hasMessageContaining("unknown station 'nowhere'");
        assertThatThrownBy(() -> centre.station("s1", Places.CENTRE)).isInstanceOf(ConflictException.class);
    }

    @Test
    void replayingTheJournalRebuildsTheSameState() {
        centre.incident("I1", Places.north(2), 1).incident("I2", Places.north(3), 3);
        centre.run(new AssignUnit("I2", "A1"));
        centre.run(new AssignUnit("I1", "A1"));
        centre.status("A1", ACKNOWLEDGED, EN_ROUTE, ON_SCENE);
        centre.run(new ReportPosition("A2", Places.north(1), centre.now));

        DispatchState replayed = new DispatchState();
        centre.journal.forEach(replayed::apply);

        assertThat(List.copyOf(replayed.units())).isEqualTo(List.copyOf(centre.state.units()));
        assertThat(List.copyOf(replayed.incidents())).isEqualTo(List.copyOf(centre.state.incidents()));
        assertThat(List.copyOf(replayed.stations())).isEqualTo(List.copyOf(centre.state.stations()));
    }
}
