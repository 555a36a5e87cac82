package se.larmcentral.dispatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.dispatch.DispatchEvent.UnitRelocated;
import se.larmcentral.dispatch.moveup.DemandPoint;
import se.larmcentral.dispatch.moveup.MoveUpSituation;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RelocateUnitTest {

    private final Centre centre = new Centre()
            .station("S1", Places.CENTRE).station("S2", Places.north(5))
            .ambulance("A1", "S1").ambulance("A2", "S1");

    @Test
    void aUnitAtItsStationDrivesToTheOtherAvailableMobileAndCountsThereFromNow() {
        Relocation relocation = centre.run(new RelocateUnit("A1", "S2", "move-up: S2 has no free unit"));

        assertThat(relocation).isEqualTo(new Relocation("A1", "S1", "S2", UnitStatus.AVAILABLE_AT_STATION,
                UnitStatus.AVAILABLE_MOBILE));
        assertThat(centre.journal.getLast().event()).isEqualTo(new UnitRelocated("A1", "S1", "S2",
                UnitStatus.AVAILABLE_AT_STATION, "move-up: S2 has no free unit", centre.now));
        Unit unit = centre.unitNow("A1");
        assertThat(unit.status()).isEqualTo(UnitStatus.AVAILABLE_MOBILE);
        assertThat(unit.stationId()).isEqualTo("S2");
        assertThat(unit.homeStationId()).isEqualTo("S1");
        assertThat(unit.relocated()).isTrue();
        // it leaves from the station it stood at
        assertThat(centre.state.positionOf(unit).point()).isEqualTo(Places.CENTRE);
        assertThat(MoveUpSituation.of(centre.state, List.<DemandPoint>of(), centre.now).idle())
                .filteredOn(u -> u.unitId().equals("A1")).singleElement()
                .satisfies(u -> assertThat(u.stationId()).isEqualTo("S2"));
    }

    @Test
    void onArrivalItReportsAvailableAtTheNewStationAndMayBeSentHomeLater() {
        centre.run(new RelocateUnit("A1", "S2", null));
        centre.advance(Duration.ofMinutes(6)).status("A1", UnitStatus.AVAILABLE_AT_STATION);

        assertThat(centre.state.positionOf(centre.unitNow("A1")).point()).isEqualTo(Places.north(5));

        centre.run(new RelocateUnit("A1", "S1", "home"));
        assertThat(centre.unitNow("A1").relocated()).isFalse();
        assertThat(centre.unitNow("A1").status()).isEqualTo(UnitStatus.AVAILABLE_MOBILE);
    }

    @Test
    void aRelocatingUnitCanStillBeAssigned() {
        centre.run(new RelocateUnit("A1", "S2", null));
        centre.incident("I1", Places.north(2), 1);
        centre.run(new AssignUnit("I1", "A1"));
        assertThat(centre.unitNow("A1").status()).isEqualTo(UnitStatus.ALERTED);
    }

    @ParameterizedTest
    @EnumSource(value = UnitStatus.class, names = {"ALERTED", "EN_ROUTE", "ON_SCENE", "TEMPORARILY_UNAVAILABLE", "OUT_OF_SERVICE"})
    void aUnitThatIsNotFreeIsRefusedAndNothingIsRecorded(UnitStatus status) {
        putIn(status);
        int before = centre.journal.size();
        assertThatThrownBy(() -> centre.run(new RelocateUnit("A1", "S2", null)))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("field", "status")
                .hasMessageContaining("unit A1 is " + status
                        + "; only a free unit (AVAILABLE_AT_STATION, AVAILABLE_MOBILE, CLEAR) can be moved to another station");
        assertThat(centre.journal).hasSize(before);
    }

    @Test
    void badInputsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> centre.run(new RelocateUnit("A9", "S2", null)))
                .isInstanceOf(NotFoundException.class).hasFieldOrPropertyWithValue("field", "unitId")
                .hasMessage("unknown unit 'A9'");
        assertThatThrownBy(() -> centre.run(new RelocateUnit("A1", "S9", null)))
                .isInstanceOf(NotFoundException.class).hasFieldOrPropertyWithValue("field", "stationId")
                .hasMessage("unknown station 'S9'");
        assertThatThrownBy(() -> centre.run(new RelocateUnit("A1", " ", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("stationId: is missing");
        assertThatThrownBy(() -> centre.run(new RelocateUnit("A1", "S1", null)))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("field", "stationId")
                .hasMessage("unit A1 already stands by at station S1");
        assertThatThrownBy(() -> centre.run(new RelocateUnit("A1", "S2", "x".repeat(501))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason: at most 500 characters, was 501");
        assertThat(centre.journal.stream().filter(r -> r.event() instanceof UnitRelocated)).isEmpty();
    }

    private void putIn(UnitStatus status) {
        switch (status) {
            case ALERTED, EN_ROUTE, ON_SCENE -> {
                centre.incident("I1", Places.north(1), 1);
                centre.run(new AssignUnit("I1", "A1"));
                if (status != UnitStatus.ALERTED) {
                    centre.status("A1", UnitStatus.ACKNOWLEDGED, UnitStatus.EN_ROUTE);
                }
                if (status == UnitStatus.ON_SCENE) {
                    centre.status("A1", UnitStatus.ON_SCENE);
                }
            }
            case TEMPORARILY_UNAVAILABLE -> centre.run(new ReportStatus("A1", status, "cleaning", centre.now.plusSeconds(600)));
            case OUT_OF_SERVICE -> centre.status("A1", status);
            default -> throw new IllegalArgumentException(status.name());
        }
    }
}
