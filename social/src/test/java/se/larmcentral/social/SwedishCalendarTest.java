package se.larmcentral.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Jollyday's Swedish calendar mapped to our day types, checked for every date 2015-2029 against the shared CSV. */
class SwedishCalendarTest {

    private static final Set<String> EVES = Set.of("Midsommarafton", "Julafton", "Nyårsafton", "Påskafton", "Pingstafton");

    @Test
    void everyDateFrom2015To2029HasTheDayTypesTheCsvImplies() throws Exception {
        Set<LocalDate> publicHolidays = new HashSet<>();
        Set<LocalDate> eves = new HashSet<>();
        for (String[] row : SharedData.csvRows("holidays/se-holidays-2015-2029.csv")) {
            LocalDate date = LocalDate.parse(row[0]);
            if (row[2].equals("public")) {
                publicHolidays.add(date);
            }
            if (EVES.contains(row[1])) {
                eves.add(date);
            }
        }
        assertThat(publicHolidays).hasSize(13 * 15);
        assertThat(eves).hasSize(5 * 15);
        SwedishCalendar calendar = new SwedishCalendar();
        List<String> mismatches = new ArrayList<>();
        int days = 0;
        for (LocalDate d = LocalDate.of(2015, 1, 1); d.isBefore(LocalDate.of(2030, 1, 1)); d = d.plusDays(1), days++) {
            Set<DayType> expected = EnumSet.noneOf(DayType.class);
            if (publicHolidays.contains(d)) {
                expected.add(DayType.PUBLIC_HOLIDAY);
            }
            if (eves.contains(d)) {
                expected.add(DayType.EVE);
            }
            if (publicHolidays.contains(d.plusDays(1)) || d.equals(LocalDate.of(2029, 12, 31))) {
                expected.add(DayType.DAY_BEFORE_PUBLIC_HOLIDAY);
            }
            if (!calendar.dayTypes(d).equals(expected)) {
                mismatches.add(d + ": expected " + expected + ", got " + calendar.dayTypes(d));
            }
            for (DayType t : DayType.values()) {
                if (calendar.is(d, t) != expected.contains(t)) {
                    mismatches.add(d + ": is(" + t + ") disagrees");
                }
            }
        }
        assertThat(days).isEqualTo(5479);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void jollydaysEvesBecomeEvesAndTheMissingOnesAreAdded() {
        SwedishCalendar calendar = new SwedishCalendar();
        assertThat(calendar.dayTypes(LocalDate.of(2025, 12, 24))).containsExactlyInAnyOrder(DayType.EVE, DayType.DAY_BEFORE_PUBLIC_HOLIDAY);
        assertThat(calendar.dayTypes(LocalDate.of(2025, 4, 19))).containsExactlyInAnyOrder(DayType.EVE, DayType.DAY_BEFORE_PUBLIC_HOLIDAY);
        assertThat(calendar.dayTypes(LocalDate.of(2025, 6, 7))).containsExactlyInAnyOrder(DayType.EVE, DayType.DAY_BEFORE_PUBLIC_HOLIDAY);
        assertThat(calendar.dayTypes(LocalDate.of(2025, 6, 20))).containsExactlyInAnyOrder(DayType.EVE, DayType.DAY_BEFORE_PUBLIC_HOLIDAY);
        assertThat(calendar.dayTypes(LocalDate.of(2025, 4, 18))).containsExactly(DayType.PUBLIC_HOLIDAY);
        assertThat(calendar.dayTypes(LocalDate.of(2025, 6, 15))).isEmpty(); // an ordinary Sunday
        assertThat(calendar.namedDays(2025)).containsEntry(LocalDate.of(2025, 4, 19), "påskafton")
                .containsEntry(LocalDate.of(2025, 6, 21), "midsommardagen");
    }
}
