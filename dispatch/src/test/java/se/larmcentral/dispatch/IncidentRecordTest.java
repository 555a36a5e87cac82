package se.larmcentral.dispatch;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.NotFoundException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.larmcentral.dispatch.UnitStatus.*;

/** A closed incident still says which units went, with their times, why each left and where the patient went. */
class IncidentRecordTest {

    private final Centre centre = new Centre().station("s1", Places.CENTRE).ambulance("A1", "s1").ambulance("A2", "s1");

    @Test
    void aClosedIncidentKeepsItsUnitsTheirTimesAndTheDestination() {
        centre.run(new RegisterHospital(new Hospital("KS", "Karolinska", Places.north(5), List.of(HospitalCapability.ADULT))));
        centre.incident("I1", Places.north(2), 1);
        Instant alerted = centre.now;
        centre.run(new AssignUnit("I1", "A1"));
        centre.advance(Duration.ofSeconds(20)).run(new AssignUnit("I1", "A2"));
        Instant secondAlerted = centre.now;
        centre.advance(Duration.ofSeconds(10)).status("A1", ACKNOWLEDGED);
        centre.advance(Duration.ofSeconds(30)).status("A1", EN_ROUTE);
        centre.advance(Duration.ofMinutes(1)).status("A2", ACKNOWLEDGED);
        centre.status("A2", CLEAR); // stood down: the first is enough
        Instant stoodDown = centre.now;
        centre.advance(Duration.ofMinutes(7)).status("A1", ON_SCENE);
        Instant onScene = centre.now;
        assertThatThrownBy(() -> centre.run(new ChooseDestination("A1", "nowhere")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no hospital 'nowhere'");
        centre.run(new ChooseDestination("A1", "KS"));
        centre.advance(Duration.ofMinutes(15)).status("A1", TRANSPORT);
        centre.advance(Duration.ofMinutes(10)).status("A1", AT_HOSPITAL);
        centre.advance(Duration.ofMinutes(12)).status("A1", CLEAR);
        Instant cleared = centre.now;

        Incident closed = centre.incidentNow("I1");
        assertThat(closed.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(closed.unitIds()).isEmpty();
        assertThat(closed.units()).extracting(IncidentUnit::unitId).containsExactly("A1", "A2");
        IncidentUnit first = closed.units().get(0);
        assertThat(first.alertedAt()).isEqualTo(alerted);
        assertThat(first.reached().keySet()).containsExactly(ALERTED, ACKNOWLEDGED, EN_ROUTE, ON_SCENE, TRANSPORT, AT_HOSPITAL);
        assertThat(first.reached().get(ON_SCENE)).isEqualTo(onScene);
        assertThat(first.destinationId()).isEqualTo("KS");
        assertThat(first.leftAt()).isEqualTo(cleared);
        assertThat(first.leftBecause()).isEqualTo("cleared");
        IncidentUnit second = closed.units().get(1);
        assertThat(second.alertedAt()).isEqualTo(secondAlerted);
        assertThat(second.leftAt()).isEqualTo(stoodDown);
        assertThat(second.reached().keySet()).containsExactly(ALERTED, ACKNOWLEDGED);
        assertThat(second.destinationId()).isNull();
    }

    @Test
    void aRedirectedUnitLeavesItsFirstIncidentSayingWhere() {
        centre.incident("P3", Places.north(2), 3);
        centre.run(new AssignUnit("P3", "A1"));
        centre.status("A1", ACKNOWLEDGED);
        centre.status("A1", EN_ROUTE);
        centre.advance(Duration.ofMinutes(1)).incident("P1", Places.north(1), 1);
        centre.run(new RedirectUnit("A1", "P1"));

        IncidentUnit left = centre.incidentNow("P3").units().getFirst();
        assertThat(left.leftBecause()).isEqualTo("redirected to P1");
        assertThat(centre.incidentNow("P3").status()).isEqualTo(IncidentStatus.QUEUED);
        assertThat(centre.incidentNow("P1").units()).extracting(IncidentUnit::unitId).containsExactly("A1");
    }

    @Test
    void aDestinationIsChosenOnlyWithAPatient() {
        centre.run(new RegisterHospital(new Hospital("KS", "Karolinska", Places.north(5), List.of(HospitalCapability.ADULT))));
        centre.incident("I1", Places.north(2), 2);
        centre.run(new AssignUnit("I1", "A1"));
        assertThatThrownBy(() -> centre.run(new ChooseDestination("A1", "KS")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("ALERTED");
        assertThatThrownBy(() -> centre.run(new ChooseDestination("A2", "KS")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("without an incident");
    }
}
