package se.larmcentral.dispatch;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.NotFoundException;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.larmcentral.dispatch.UnitStatus.*;

class AssignUnitTest {

    private Centre centre;

    @BeforeEach
    void fleet() {
        centre = new Centre().station("s1", Places.CENTRE).ambulance("A1", "s1").ambulance("A2", "s1")
                .incident("P2", Places.north(2), 2)
                .incident("P1", Places.north(3), 1)
                .incident("P1b", Places.north(4), 1);
    }

    @Test
    void assigningAnAvailableUnitAlertsItAndTakesTheIncidentOutOfTheQueue() {
        Assignment assignment = centre.run(new AssignUnit("P1", "A1"));

        assertThat(assignment.kind()).isEqualTo(Eligibility.Kind.AVAILABLE_AT_STATION);
        assertThat(assignment.explanation()).contains("A1", "P1", "priority 1");
        assertThat(centre.unitNow("A1").status()).isEqualTo(ALERTED);
        assertThat(centre.unitNow("A1").incidentId()).isEqualTo("P1");
        assertThat(centre.incidentNow("P1").status()).isEqualTo(IncidentStatus.ASSIGNED);
        assertThat(centre.incidentNow("P1").unitIds()).containsExactly("A1");
    }

    @Test
    void anUnknownUnitOrIncidentIsNotFoundAndNothingIsRecorded() {
        int before = centre.journal.size();
        assertThatThrownBy(() -> centre.run(new AssignUnit("P1", "GHOST")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("unknown unit 'GHOST'")
                .satisfies(e -> assertThat(((NotFoundException) e).field()).isEqualTo("unitId"));
        assertThatThrownBy(() -> centre.run(new AssignUnit("NOPE", "A1")))
                .isInstanceOf(NotFoundException.class)
                .satisfies(e -> assertThat(((NotFoundException) e).field()).isEqualTo("incidentId"));
        assertThat(centre.journal).hasSize(before);
    }

    @Test
    void theSameUnitTwiceOnOneIncidentIsRefused() {
        centre.run(new AssignUnit("P1", "A1"));
        assertThatThrownBy(() -> centre.run(new AssignUnit("P1", "A1")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already assigned to incident P1");
        assertThat(centre.incidentNow("P1").unitIds()).containsExactly("A1");
    }

    @Test
    void aUnitOnAPriority1IsNeverTakenForAnother() {
        centre.run(new AssignUnit("P1", "A1"));
        assertThatThrownBy(() -> centre.run(new AssignUnit("P1b", "A1")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("never taken from a priority 1");
        assertThat(centre.unitNow("A1").incidentId()).isEqualTo("P1");
    }

    @Test
    void aUnitOnItsWayToAPriority2IsNotTakenForAnotherPriority2() {
        centre.incident("P2b", Places.north(1), 2);
        centre.run(new AssignUnit("P2", "A1"));
        assertThatThrownBy(() -> centre.run(new AssignUnit("P2b", "A1")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("only to a new priority 1");
    }

    @Test
    void aUnitOnItsWayToAPriority2IsRedirectedToANewPriority1AndItsCaseGoesBackToTheQueue() {
        centre.run(new AssignUnit("P2", "A1"));
        centre.status("A1", ACKNOWLEDGED, EN_ROUTE);

        Assignment assignment = centre.run(new RedirectUnit("A1", "P1"));

        assertThat(assignment.kind()).isEqualTo(Eligibility.Kind.REDIRECTION);
        assertThat(assignment.fromIncidentId()).isEqualTo("P2");
        assertThat(centre.unitNow("A1").status()).isEqualTo(ALERTED);
        assertThat(centre.unitNow("A1").incidentId()).isEqualTo("P1");
        assertThat(centre.incidentNow("P2").status()).isEqualTo(IncidentStatus.QUEUED);
        assertThat(centre.incidentNow("P2").unitIds()).isEmpty();
        assertThat(PendingQueue.at(centre.state, centre.now)).extracting(e -> e.incident().id()).contains("P2");
    }

    @Test
    void assignWithABusyUnitOnAPriority3RedirectsItToAPriority1() {
        centre.incident("P3", Places.north(1), 3);
        centre.run(new AssignUnit("P3", "A1"));
        Assignment assignment = centre.run(new AssignUnit("P1", "A1"));
        assertThat(assignment.kind()).isEqualTo(Eligibility.Kind.REDIRECTION);
        assertThat(centre.journal.getLast().event()).isInstanceOfSatisfying(DispatchEvent.UnitAssigned.class,
                e -> assertThat(e.redirection()).isTrue());
    }

    @Test
    void redirectRefusesAFreeUnit() {
        assertThatThrownBy(() -> centre.run(new RedirectUnit("A1", "P1")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("assign it instead");
    }

    @Test
    void aUnitOnScenePriority2IsNotRedirected() {
        centre.run(new AssignUnit("P2", "A1"));
        centre.status("A1", ACKNOWLEDGED, EN_ROUTE, ON_SCENE);
        assertThatThrownBy(() -> centre.run(new AssignUnit("P1", "A1")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("ON_SCENE");
    }

    @Test
    void unavailableAndOutOfServiceUnitsAreRefused() {
        centre.run(new ReportStatus("A1", TEMPORARILY_UNAVAILABLE, "restocking", centre.now.plusSeconds(900)));
        centre.status("A2", OUT_OF_SERVICE);
        assertThatThrownBy(() -> centre.run(new AssignUnit("P1", "A1")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("temporarily unavailable (restocking)");
        assertThatThrownBy(() -> centre.run(new AssignUnit("P1", "A2")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("OUT_OF_SERVICE");
    }

    @Test
    void aUnitAtHospitalMayBeReassignedFromExactlyFifteenMinutes() {
        centre.run(new AssignUnit("P2", "A1"));
        centre.status("A1", ACKNOWLEDGED, EN_ROUTE, ON_SCENE, TRANSPORT, AT_HOSPITAL);

        centre.advance(Duration.ofMinutes(15).minusMillis(1));
        assertThatThrownBy(() -> centre.run(new AssignUnit("P1", "A1")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("after 15 min");

        centre.advance(Duration.ofMillis(1));
        Assignment assignment = centre.run(new AssignUnit("P1", "A1"));
        assertThat(assignment.kind()).isEqualTo(Eligibility.Kind.HOSPITAL_OVERDUE);
        assertThat(assignment.fromIncidentId()).isEqualTo("P2");
        assertThat(centre.incidentNow("P2").status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(centre.unitNow("A1").incidentId()).isEqualTo("P1");
    }

    @Test
    void aClosedOrCancelledIncidentTakesNoUnit() {
        centre.run(new CancelIncident("P1", "caller called back: not needed"));
        assertThatThrownBy(() -> centre.run(new AssignUnit("P1", "A1")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("CANCELLED");
    }

    @Test
    void severalUnitsMayWorkOnOneIncident() {
        centre.run(new AssignUnit("P1", "A1"));
        centre.run(new AssignUnit("P1", "A2"));
        assertThat(centre.incidentNow("P1").unitIds()).containsExactly("A1", "A2");
    }
}
