package se.larmcentral.dispatch;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.DispatchEvent.IncidentMoved;
import se.larmcentral.dispatch.DispatchEvent.IncidentReprioritised;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpdateIncidentTest {

    @Test
    void aMovedAndReprioritisedIncidentReordersThePendingQueue() {
        Centre centre = new Centre();
        Instant t0 = centre.now;
        centre.run(new CreateIncident("first", Places.north(1), 2, UnitType.AMBULANCE, t0.minusSeconds(300)));
        centre.run(new CreateIncident("second", Places.north(2), 3, UnitType.AMBULANCE, t0.minusSeconds(60)));
        int before = centre.journal.size();

        UpdateIncident.Updated updated = centre.run(new UpdateIncident("second", Places.north(3), 1, UnitType.AMBULANCE, "re-assessed"));

        assertThat(updated.moved()).isTrue();
        assertThat(updated.reprioritised()).isTrue();
        assertThat(centre.journal.subList(before, centre.journal.size())).extracting(r -> (Object) r.event().getClass())
                .containsExactly(IncidentMoved.class, IncidentReprioritised.class);
        Incident second = centre.state.incident("second").orElseThrow();
        assertThat(second.position()).isEqualTo(Places.north(3));
        assertThat(second.priority()).isEqualTo(1);
        assertThat(PendingQueue.at(centre.state, t0)).extracting(e -> e.incident().id())
                .containsExactly("second", "first");
    }

    @Test
    void anIncidentAlreadyInLineRecordsNothing() {
        Centre centre = new Centre();
        centre.run(new CreateIncident("I", Places.north(1), 2, UnitType.AMBULANCE, centre.now));
        int before = centre.journal.size();

        UpdateIncident.Updated updated = centre.run(new UpdateIncident("I", Places.north(1), 2, UnitType.AMBULANCE, "same"));

        assertThat(updated.changed()).isFalse();
        assertThat(centre.journal).hasSize(before);
    }

    @Test
    void onlyWhatDiffersIsRecorded() {
        Centre centre = new Centre();
        centre.run(new CreateIncident("I", Places.north(1), 2, UnitType.AMBULANCE, centre.now));
        int before = centre.journal.size();

        centre.run(new UpdateIncident("I", Places.north(1), 1, UnitType.AMBULANCE, "worse"));

        assertThat(centre.journal.subList(before, centre.journal.size())).extracting(r -> r.event())
                .containsExactly(new IncidentReprioritised("I", 2, 1, UnitType.AMBULANCE, UnitType.AMBULANCE, "worse", centre.now));
    }

    @Test
    void aReassessmentThatNeedsAnotherUnitTypeChangesTheType() {
        Centre centre = new Centre();
        centre.run(new CreateIncident("I", Places.north(1), 4, UnitType.PATIENT_TRANSPORT, centre.now));

        UpdateIncident.Updated updated = centre.run(new UpdateIncident("I", Places.north(1), 1, UnitType.AMBULANCE,
                "worse than the caller said"));

        assertThat(updated.reprioritised()).isTrue();
        Incident incident = centre.state.incident("I").orElseThrow();
        assertThat(incident.priority()).isEqualTo(1);
        assertThat(incident.neededType()).isEqualTo(UnitType.AMBULANCE);
    }

    @Test
    void aCancelledIncidentKeepsWhatItWasAndABadPriorityIsRefused() {
        Centre centre = new Centre();
        centre.run(new CreateIncident("I", Places.north(1), 2, UnitType.AMBULANCE, centre.now));
        assertThatThrownBy(() -> centre.run(new UpdateIncident("I", Places.north(1), 5, UnitType.AMBULANCE, "x")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1, 2, 3 or 4");
        centre.run(new CancelIncident("I", "duplicate"));
        int before = centre.journal.size();

        assertThatThrownBy(() -> centre.run(new UpdateIncident("I", Places.north(2), 2, UnitType.AMBULANCE, "moved")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("CANCELLED");
        assertThat(centre.run(new UpdateIncident("I", Places.north(1), 2, UnitType.AMBULANCE, "same")).changed()).isFalse();
        assertThat(centre.journal).hasSize(before);
        assertThat(List.of(centre.state.incident("I").orElseThrow().position())).containsExactly(Places.north(1));
    }
}
