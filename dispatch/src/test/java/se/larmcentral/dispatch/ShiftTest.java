package se.larmcentral.dispatch;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.SwedishTime;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.larmcentral.dispatch.UnitStatus.*;

class ShiftTest {

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(SwedishTime.ZONE).toInstant();
    }

    private static final ShiftWindow FRIDAY_NIGHT = new ShiftWindow(List.of(DayOfWeek.FRIDAY), LocalTime.of(19, 0), LocalTime.of(7, 0));
    private static final ShiftWindow DAY = new ShiftWindow(List.of(DayOfWeek.values()), LocalTime.of(7, 0), LocalTime.of(19, 0));

    @Test
    void aWindowIncludesItsStartAndExcludesItsEnd() {
        assertThat(DAY.covers(local("2025-03-12T07:00"))).isTrue();
        assertThat(DAY.covers(local("2025-03-12T06:59:59"))).isFalse();
        assertThat(DAY.covers(local("2025-03-12T18:59:59"))).isTrue();
        assertThat(DAY.covers(local("2025-03-12T19:00"))).isFalse();
    }

    @Test
    void aWindowPastMidnightBelongsToTheDayItStartsOn() {
        assertThat(FRIDAY_NIGHT.covers(local("2025-03-14T19:00"))).isTrue();  // Friday
        assertThat(FRIDAY_NIGHT.covers(local("2025-03-15T06:30"))).isTrue();  // Saturday morning
        assertThat(FRIDAY_NIGHT.covers(local("2025-03-15T07:00"))).isFalse();
        assertThat(FRIDAY_NIGHT.covers(local("2025-03-14T06:30"))).isFalse(); // Friday morning: Thursday's night
        assertThat(FRIDAY_NIGHT.covers(local("2025-03-15T19:30"))).isFalse(); // Saturday evening
    }

    @Test
    void midnightAsEndMeansTheEndOfTheDayAndRoundTheClockCoversEverything() {
        ShiftWindow evening = new ShiftWindow(List.of(DayOfWeek.WEDNESDAY), LocalTime.of(16, 0), LocalTime.MIDNIGHT);
        assertThat(evening.covers(local("2025-03-12T23:59:59"))).isTrue();
        assertThat(evening.covers(local("2025-03-13T00:00"))).isFalse();
        ShiftWindow always = ShiftWindow.roundTheClock();
        assertThat(always.covers(local("2025-03-12T00:00"))).isTrue();
        assertThat(always.covers(local("2025-03-16T23:59:59"))).isTrue();
    }

    @Test
    void onTheAutumnChangeBothOccurrencesOfAWallClockTimeAreCovered() {
        ShiftWindow night = new ShiftWindow(List.of(DayOfWeek.SATURDAY), LocalTime.of(22, 0), LocalTime.of(2, 30));
        // 2025-10-26 02:00-03:00 happens twice; 02:15 of both is covered, 02:45 of neither.
        Instant firstTwoFifteen = Instant.parse("2025-10-26T00:15:00Z");
        Instant secondTwoFifteen = Instant.parse("2025-10-26T01:15:00Z");
        assertThat(night.covers(firstTwoFifteen)).isTrue();
        assertThat(night.covers(secondTwoFifteen)).isTrue();
        assertThat(night.covers(Instant.parse("2025-10-26T01:45:00Z"))).isFalse();
    }

    @Test
    void aUnitStartsInOrOutOfServiceByItsShiftAndTheRosterSaysWhoIsDue() {
        Centre centre = new Centre(local("2025-03-12T12:00")).station("s", Places.CENTRE);
        centre.run(new RegisterUnit(new UnitDefinition("DAY", "DAY", UnitType.AMBULANCE, "s", List.of(DAY))));
        centre.run(new RegisterUnit(new UnitDefinition("NIGHT", "NIGHT", UnitType.AMBULANCE, "s",
                List.of(new ShiftWindow(List.of(DayOfWeek.values()), LocalTime.of(19, 0), LocalTime.of(7, 0))))));
        assertThat(centre.unitNow("DAY").status()).isEqualTo(AVAILABLE_AT_STATION);
        assertThat(centre.unitNow("NIGHT").status()).isEqualTo(OUT_OF_SERVICE);
        assertThat(ShiftRoster.due(centre.state, centre.now)).isEmpty();

        Instant evening = local("2025-03-12T19:00");
        assertThat(ShiftRoster.due(centre.state, evening)).containsExactly(
                new ShiftRoster.Change("DAY", ShiftRoster.Change.Direction.END),
                new ShiftRoster.Change("NIGHT", ShiftRoster.Change.Direction.START));

        centre.now = evening;
        centre.run(new EndShift("DAY"));
        centre.run(new StartShift("NIGHT"));
        assertThat(centre.unitNow("DAY").status()).isEqualTo(OUT_OF_SERVICE);
        assertThat(centre.unitNow("NIGHT").status()).isEqualTo(AVAILABLE_AT_STATION);
        assertThat(ShiftRoster.due(centre.state, evening)).isEmpty();
        assertThatThrownBy(() -> centre.run(new StartShift("NIGHT"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> centre.run(new EndShift("DAY"))).isInstanceOf(ConflictException.class);
    }

    @Test
    void aUnitOnAnAssignmentEndsItsShiftOnlyAfterIt() {
        Centre centre = new Centre(local("2025-03-12T18:50")).station("s", Places.CENTRE);
        centre.run(new RegisterUnit(new UnitDefinition("DAY", "DAY", UnitType.AMBULANCE, "s", List.of(DAY))));
        centre.incident("I", Places.north(1), 2);
        centre.run(new AssignUnit("I", "DAY"));
        centre.now = local("2025-03-12T19:05");

        assertThat(ShiftRoster.due(centre.state, centre.now)).isEmpty();
        assertThatThrownBy(() -> centre.run(new EndShift("DAY")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("after the assignment");

        centre.status("DAY", ACKNOWLEDGED, CLEAR);
        assertThat(ShiftRoster.due(centre.state, centre.now))
                .containsExactly(new ShiftRoster.Change("DAY", ShiftRoster.Change.Direction.END));
    }
}
