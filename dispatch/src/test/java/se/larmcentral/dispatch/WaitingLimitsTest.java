package se.larmcentral.dispatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.larmcentral.core.InvalidInputException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaitingLimitsTest {

    @ParameterizedTest(name = "priority {0} after {1} s: flagged {2}")
    @CsvSource({
            "1, 60,   false",
            "1, 61,   true",
            "2, 180,  false",
            "2, 181,  true",
            "3, 900,  false",
            "3, 901,  true",
            "4, 3600, false",
            "4, 3601, true"})
    void anIncidentIsFlaggedOnlyAfterItsPrioritysLimit(int priority, int seconds, boolean flagged) {
        Centre centre = new Centre();
        centre.incident("I", Places.north(1), priority);
        Instant made = centre.now;
        centre.advance(Duration.ofSeconds(seconds));

        List<UnitFlags.Flag> flags = WaitingLimits.DEFAULT.overdue(centre.state, centre.now);

        assertThat(flags).hasSize(flagged ? 1 : 0);
        if (flagged) {
            UnitFlags.Flag flag = flags.getFirst();
            assertThat(flag.kind()).isEqualTo(UnitFlags.Flag.Kind.INCIDENT_WAITING);
            assertThat(flag.incidentId()).isEqualTo("I");
            assertThat(flag.unitId()).isNull();
            assertThat(flag.since()).isEqualTo(made);
            assertThat(flag.explanation()).startsWith("priority " + priority + " incident I has waited");
        }
    }

    @Test
    void anIncidentWithAUnitIsNotWaiting() {
        Centre centre = new Centre().station("s", Places.CENTRE).ambulance("A", "s");
        centre.incident("I", Places.north(1), 1);
        centre.run(new AssignUnit("I", "A"));
        centre.advance(Duration.ofMinutes(5));

        assertThat(WaitingLimits.DEFAULT.overdue(centre.state, centre.now)).isEmpty();
    }

    @Test
    void limitsAreFourPositiveDurations() {
        assertThatThrownBy(() -> new WaitingLimits(List.of(Duration.ofSeconds(60))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("priorities 1 to 4");
        assertThatThrownBy(() -> new WaitingLimits(List.of(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("positive");
    }
}
