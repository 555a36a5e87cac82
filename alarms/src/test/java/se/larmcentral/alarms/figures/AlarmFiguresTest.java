package se.larmcentral.alarms.figures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.larmcentral.alarms.desk.ClosingReason;
import se.larmcentral.core.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The figures per customer as a table: which cases and signals fall in the period (Swedish days: a case at 23:30 UTC
 * on 30 November is 1 December in Stockholm), the percentiles by nearest rank, the false-alarm share; the period's
 * bad inputs named.
 */
class AlarmFiguresTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-07");

    private static CaseTimes closed(String id, String customer, String received, int takeSeconds, int closeSeconds,
                                    ClosingReason reason) {
        Instant at = Instant.parse(received);
        return new CaseTimes(id, customer, at, at.plusSeconds(takeSeconds), at.plusSeconds(closeSeconds), reason);
    }

    @Test
    void perCustomerOverSwedishDays() {
        List<CaseTimes> cases = List.of(
                // 1 December in Stockholm (00:30 local): inside
                closed("larm-1", "nacka", "2026-11-30T23:30:00Z", 10, 300, ClosingReason.FALSE_ALARM),
                closed("larm-2", "nacka", "2026-12-01T08:00:00Z", 20, 600, ClosingReason.HANDLED),
                closed("larm-3", "nacka", "2026-12-02T08:00:00Z", 30, 900, ClosingReason.FALSE_ALARM),
                closed("larm-4", "nacka", "2026-12-02T09:00:00Z", 40, 1200, ClosingReason.FALSE_ALARM),
                // taken, still open
                new CaseTimes("larm-5", "nacka", Instant.parse("2026-12-02T10:00:00Z"),
                        Instant.parse("2026-12-02T10:01:40Z"), null, null),
                // 30 November in Stockholm (22:30 local): outside
                closed("larm-6", "nacka", "2026-11-30T21:30:00Z", 1, 1, ClosingReason.FALSE_ALARM),
                // 3 December 00:10 in Stockholm: outside
                closed("larm-7", "nacka", "2026-12-02T23:10:00Z", 1, 1, ClosingReason.FALSE_ALARM),
                // not yet taken
                new CaseTimes("larm-8", "bolaget", Instant.parse("2026-12-01T12:00:00Z"), null, null, null),
                // an account of no object
                closed("larm-9", null, "2026-12-01T12:00:00Z", 5, 50, ClosingReason.HANDLED));
        Map<String, Map<LocalDate, Long>> received = Map.of(
                "nacka", Map.of(LocalDate.parse("2026-11-30"), 9L, LocalDate.parse("2026-12-01"), 4L,
                        LocalDate.parse("2026-12-02"), 3L),
                "bolaget", Map.of(LocalDate.parse("2026-12-01"), 1L),
                "gamla", Map.of(LocalDate.parse("2026-10-01"), 7L));

        AlarmFigures.Figures f = AlarmFigures.of(AlarmFigures.Period.of("2026-12-01", "2026-12-02", TODAY), cases,
                received, id -> id.equals("nacka") ? "Nacka kommun" : null);

        assertThat(f.zone()).isEqualTo("Europe/Stockholm");
        assertThat(f.customers()).containsExactly(
                new AlarmFigures.CustomerFigures("bolaget", "bolaget", 1, 1, 0, null, null, 0, null, null, 0, null),
                // take: 10, 20, 30, 40, 100 s → p50 30, p90 100; close: 300, 600, 900, 1200 → p50 600, p90 1200
                new AlarmFigures.CustomerFigures("nacka", "Nacka kommun", 7, 5, 5, 30L, 100L, 4, 600L, 1200L, 3, 0.75),
                new AlarmFigures.CustomerFigures("", "", 0, 1, 1, 5L, 5L, 1, 50L, 50L, 0, 0.0));
    }

    @ParameterizedTest(name = "{0}..{1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "null|null|2026-12-07|2026-12-07|",
            "2026-12-01|null|2026-12-01|2026-12-07|",
            "null|2026-12-03|2026-12-03|2026-12-03|",
            "2026-01-01|2026-12-31|2026-01-01|2026-12-31|",
            "1 dec|null|||from: must be a date as yyyy-mm-dd (Swedish time), was '1 dec'",
            "2026-12-01|2026-13-01|||to: must be a date as yyyy-mm-dd (Swedish time), was '2026-13-01'",
            "2026-12-05|2026-12-01|||to: is before from (2026-12-05), was 2026-12-01",
            "2025-01-01|2026-12-31|||to: the period may be at most 366 days, was 730"})
    void thePeriod(String from, String to, String start, String end, String error) {
        if (error == null || error.isEmpty()) {
            assertThat(AlarmFigures.Period.of(from, to, TODAY)).isEqualTo(new AlarmFigures.Period(
                    LocalDate.parse(start), LocalDate.parse(end)));
        } else {
            assertThatThrownBy(() -> AlarmFigures.Period.of(from, to, TODAY))
                    .isInstanceOf(InvalidInputException.class).hasMessage(error);
        }
    }

    @Test
    void nearestRank() {
        assertThat(AlarmFigures.rank(List.of(), 50)).isNull();
        assertThat(AlarmFigures.rank(List.of(7L), 90)).isEqualTo(7L);
        assertThat(AlarmFigures.rank(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 50)).isEqualTo(5L);
        assertThat(AlarmFigures.rank(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 90)).isEqualTo(9L);
    }
}
