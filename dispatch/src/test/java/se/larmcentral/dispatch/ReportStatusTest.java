package se.larmcentral.dispatch;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.larmcentral.dispatch.UnitStatus.*;

class ReportStatusTest {

    private final Centre centre = new Centre().station("s1", Places.CENTRE).ambulance("A1", "s1");

    @Test
    void anIllegalReportIsRefusedNamingCurrentAndAllowedStatusesAndNothingIsRecorded() {
        int before = centre.journal.size();
        assertThatThrownBy(() -> centre.run(ReportStatus.of("A1", ON_SCENE)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("unit A1 is AVAILABLE_AT_STATION and cannot become ON_SCENE")
                .hasMessageContaining("AVAILABLE_MOBILE, ALERTED, TEMPORARILY_UNAVAILABLE, OUT_OF_SERVICE");
        assertThat(centre.journal).hasSize(before);
        assertThat(centre.unitNow("A1").status()).isEqualTo(AVAILABLE_AT_STATION);
    }

    @Test
    void alertedIsSetByAnAssignmentNotReported() {
        assertThatThrownBy(() -> centre.run(ReportStatus.of("A1", ALERTED)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("status"));
    }

    @Test
    void anUnknownUnitIsNotFound() {
        assertThatThrownBy(() -> centre.run(ReportStatus.of("NOPE", AVAILABLE_MOBILE)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("unknown unit 'NOPE'")
                .satisfies(e -> assertThat(((NotFoundException) e).field()).isEqualTo("unitId"));
    }

    @Test
    void temporarilyUnavailableNeedsAReasonAndAnExpectedTimeAfterNow() {
        assertThatThrownBy(() -> centre.run(new ReportStatus("A1", TEMPORARILY_UNAVAILABLE, " ", centre.now.plusSeconds(600))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> centre.run(new ReportStatus("A1", TEMPORARILY_UNAVAILABLE, "sanering", centre.now)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("expectedBackAt");

        centre.run(new ReportStatus("A1", TEMPORARILY_UNAVAILABLE, "vehicle cleaning", centre.now.plusSeconds(1800)));

        Unit unit = centre.unitNow("A1");
        assertThat(unit.status()).isEqualTo(TEMPORARILY_UNAVAILABLE);
        assertThat(unit.unavailableReason()).isEqualTo("vehicle cleaning");
        assertThat(unit.expectedBackAt()).isEqualTo(centre.now.plusSeconds(1800));

        centre.advance(Duration.ofMinutes(20)).status("A1", AVAILABLE_MOBILE);
        assertThat(centre.unitNow("A1").unavailableReason()).isNull();
        assertThat(centre.unitNow("A1").expectedBackAt()).isNull();
    }

    @Test
    void aLegalReportChangesStatusAndItsSince() {
        centre.advance(Duration.ofSeconds(5)).status("A1", AVAILABLE_MOBILE);
        assertThat(centre.unitNow("A1").status()).isEqualTo(AVAILABLE_MOBILE);
        assertThat(centre.unitNow("A1").statusSince()).isEqualTo(centre.now);
    }
}
