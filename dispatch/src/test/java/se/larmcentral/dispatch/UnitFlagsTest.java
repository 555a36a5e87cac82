package se.larmcentral.dispatch;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.dispatch.UnitStatus.*;

class UnitFlagsTest {

    private Centre centre;
    private Instant alertedAt;

    @BeforeEach
    void alertAUnit() {
        centre = new Centre().station("s1", Places.CENTRE).ambulance("A1", "s1").incident("I1", Places.north(2), 1);
        alertedAt = centre.now;
        centre.run(new AssignUnit("I1", "A1"));
    }

    @Test
    void anAlertIsNotFlaggedAtExactlyNinetySeconds() {
        assertThat(UnitFlags.at(centre.state, alertedAt.plusSeconds(90))).isEmpty();
    }

    @Test
    void anAlertUnacknowledgedAfterNinetySecondsIsFlagged() {
        Instant at = alertedAt.plusSeconds(90).plusMillis(1);
        assertThat(UnitFlags.at(centre.state, at)).singleElement().satisfies(flag -> {
            assertThat(flag.kind()).isEqualTo(UnitFlags.Flag.Kind.UNACKNOWLEDGED_ALERT);
            assertThat(flag.unitId()).isEqualTo("A1");
            assertThat(flag.incidentId()).isEqualTo("I1");
            assertThat(flag.since()).isEqualTo(alertedAt);
            assertThat(flag.elapsed()).isEqualTo(Duration.ofMillis(90_001));
            assertThat(flag.explanation()).contains("has not acknowledged");
        });
    }

    @Test
    void anAcknowledgedAlertIsNotFlagged() {
        centre.advance(Duration.ofSeconds(30)).status("A1", ACKNOWLEDGED);
        assertThat(UnitFlags.at(centre.state, alertedAt.plusSeconds(600))).isEmpty();
    }

    @Test
    void aHospitalStayIsFlaggedFromExactlyFifteenMinutes() {
        centre.status("A1", ACKNOWLEDGED, EN_ROUTE, ON_SCENE, TRANSPORT, AT_HOSPITAL);
        Instant arrived = centre.now;

        assertThat(UnitFlags.at(centre.state, arrived.plus(Duration.ofMinutes(15)).minusMillis(1))).isEmpty();
        assertThat(UnitFlags.at(centre.state, arrived.plus(Duration.ofMinutes(15)))).singleElement().satisfies(flag -> {
            assertThat(flag.kind()).isEqualTo(UnitFlags.Flag.Kind.LONG_HOSPITAL_STAY);
            assertThat(flag.explanation()).contains("15 min 00 s", "may be given a new assignment");
        });

        centre.advance(Duration.ofMinutes(16)).status("A1", CLEAR);
        assertThat(UnitFlags.at(centre.state, centre.now)).isEmpty();
    }
}
