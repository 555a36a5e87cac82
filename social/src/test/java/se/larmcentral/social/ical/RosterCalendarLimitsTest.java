package se.larmcentral.social.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.social.RosterShift;

/** The roster import's refusals (unknown time zones, unreadable files, runaway recurrences) and its DST behaviour. */
class RosterCalendarLimitsTest {

    private static final LocalDate FROM = LocalDate.of(2025, 12, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 8);

    private static String calendar(String... events) {
        StringBuilder b = new StringBuilder("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Nacka kommun//Jourlista//SV\n");
        for (String e : events) {
            b.append(e);
        }
        return b.append("END:VCALENDAR\n").toString().replace("\n", "\r\n");
    }

    private static String event(String uid, String summary, String times) {
        return "BEGIN:VEVENT\nUID:" + uid + "\nDTSTAMP:20251101T120000Z\nSUMMARY:" + summary + "\n" + times
                + "ATTENDEE;CN=" + summary + ":tel:+46701111111\nEND:VEVENT\n";
    }

    private static List<RosterShift> read(String ics, LocalDate from, LocalDate to) throws Exception {
        return RosterCalendarReader.read(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)), from, to);
    }

    private static AbstractThrowableAssert<?, ?> refused(String ics, LocalDate from, LocalDate to, String field) {
        return assertThatThrownBy(() -> read(ics, from, to)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void anUnknownTimeZoneIsRefusedNamingTheEventAndTheZone() {
        String ics = calendar(event("mars-1", "Anna Berg",
                "DTSTART;TZID=Mars/Olympus:20251201T160000\nDTEND;TZID=Mars/Olympus:20251202T080000\n"));
        refused(ics, FROM, TO, "ics.VEVENT[mars-1].DTSTART")
                .hasMessageContaining("mars-1").hasMessageContaining("Anna Berg").hasMessageContaining("TZID=Mars/Olympus");
    }

    @Test
    void anUnreadableValueIsRefusedWithItsLineAndNoJavaNames() {
        String ics = calendar(event("bad-uri", "Anna Berg", "DTSTART:20251201T150000Z\nDTEND:20251202T070000Z\n")
                .replace("tel:+46701111111", "tel:+46 70 111 11 11"));
        refused(ics, FROM, TO, "ics")
                .hasMessage("ics: not a valid iCalendar file: line 10: 'tel:+46 70 111 11 11' is not a valid URI"
                        + " (illegal character in opaque part)");
        String badDate = calendar(event("bad-date", "Anna Berg", "DTSTART:2025120\nDTEND:20251202T070000Z\n"));
        refused(badDate, FROM, TO, "ics").hasMessageContaining("line 8").hasMessageContaining("'2025120' is not a valid date")
                .hasMessageNotContaining("java").hasMessageNotContaining("Exception");
    }

    @Test
    void aRuleRepeatingMoreOftenThanHourlyIsRefusedBeforeItIsExpanded() {
        String ics = calendar(event("flood", "Anna Berg", "DTSTART:20251201T000000Z\nDTEND:20251201T000010Z\nRRULE:FREQ=SECONDLY\n"));
        refused(ics, FROM, TO, "ics.VEVENT[flood].RRULE").hasMessageContaining("flood").hasMessageContaining("SECONDLY");
        String minutely = calendar(event("often", "Anna Berg", "DTSTART:20251201T000000Z\nDTEND:20251201T002000Z\nRRULE:FREQ=MINUTELY;INTERVAL=30\n"));
        refused(minutely, FROM, TO, "ics.VEVENT[often].RRULE").hasMessageContaining("MINUTELY");
    }

    @Test
    void anImportOfMoreThanFiveThousandShiftsIsRefusedNamingTheEventThatGoesOver() throws Exception {
        // 200 days of hourly shifts is 4,800: allowed alone, but not twice.
        LocalDate to = FROM.plusDays(200);
        String first = event("hourly-a", "Anna Berg", "DTSTART:20251201T000000Z\nDTEND:20251201T003000Z\nRRULE:FREQ=HOURLY\n");
        String second = event("hourly-b", "Bo Ek", "DTSTART:20251201T003000Z\nDTEND:20251201T010000Z\nRRULE:FREQ=HOURLY\n");
        assertThat(read(calendar(first), FROM, to)).hasSizeGreaterThan(4_700).hasSizeLessThanOrEqualTo(RecurrenceLimits.MAX_SHIFTS);
        refused(calendar(first, second), FROM, to, "ics.VEVENT[hourly-b].RRULE")
                .hasMessageContaining("hourly-b").hasMessageContaining("Bo Ek").hasMessageContaining("5000 shifts");
    }

    @Test
    void aRuleThatStepsThroughDecadesToReachThePeriodIsRefused() {
        String ics = calendar(event("old", "Anna Berg", "DTSTART:19800101T000000Z\nDTEND:19800101T010000Z\nRRULE:FREQ=HOURLY\n"));
        refused(ics, FROM, TO, "ics.VEVENT[old].RRULE").hasMessageContaining("old").hasMessageContaining("nearer");
    }

    @Test
    void aShiftShorterThanFifteenMinutesIsRefused() {
        String ics = calendar(event("short", "Anna Berg", "DTSTART:20251201T150000Z\nDTEND:20251201T151000Z\nRRULE:FREQ=DAILY\n"));
        refused(ics, FROM, TO, "ics.VEVENT[short].DTEND").hasMessageContaining("short").hasMessageContaining("15 minutes");
    }

    @Test
    void aWeeklyRotationAcrossTheAutumnChangeKeepsItsLocalStartTimes() throws Exception {
        // Monday 08:00 to Monday 08:00, two people in turn; summer time ends on Sunday 26 October 2025.
        String ics = calendar(
                event("anna", "Anna Berg", "DTSTART;TZID=Europe/Stockholm:20251013T080000\n"
                        + "DTEND;TZID=Europe/Stockholm:20251020T080000\nRRULE:FREQ=WEEKLY;INTERVAL=2\n"),
                event("bo", "Bo Ek", "DTSTART;TZID=Europe/Stockholm:20251020T080000\n"
                        + "DTEND;TZID=Europe/Stockholm:20251027T080000\nRRULE:FREQ=WEEKLY;INTERVAL=2\n"));
        List<RosterShift> shifts = read(ics, LocalDate.of(2025, 10, 13), LocalDate.of(2025, 11, 10));
        assertThat(shifts).extracting(RosterShift::person).containsExactly("Anna Berg", "Bo Ek", "Anna Berg", "Bo Ek");
        for (int i = 0; i < shifts.size(); i++) {
            LocalDateTime start = LocalDateTime.ofInstant(shifts.get(i).start(), SwedishTime.ZONE);
            assertThat(start).isEqualTo(LocalDate.of(2025, 10, 13).plusWeeks(i).atTime(LocalTime.of(8, 0)));
            if (i > 0) {
                assertThat(shifts.get(i).start()).as("no gap between shifts").isEqualTo(shifts.get(i - 1).end());
            }
        }
        assertThat(Duration.between(shifts.get(1).start(), shifts.get(1).end())).as("the week with the extra hour")
                .isEqualTo(Duration.ofHours(169));
        assertThat(Duration.between(shifts.get(2).start(), shifts.get(2).end())).isEqualTo(Duration.ofHours(168));
        assertThat(shifts.get(1).start()).isEqualTo(Instant.parse("2025-10-20T06:00:00Z"));
        assertThat(shifts.get(2).start()).isEqualTo(Instant.parse("2025-10-27T07:00:00Z"));
    }

    private static String spelled(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).mapToObj(Integer::toString)
                .collect(java.util.stream.Collectors.joining(","));
    }

    @Test
    void aRuleWhoseByPartsExpandToMillionsPerYearIsRefusedBeforeItIsExpanded() {
        // 12 x 31 x 24 x 60 x 60 = 32 million dates in one yearly step: an 800-byte file once exhausted the heap.
        String rule = "RRULE:FREQ=YEARLY;BYMONTH=" + spelled(1, 12) + ";BYMONTHDAY=" + spelled(1, 31) + ";BYHOUR="
                + spelled(0, 23) + ";BYMINUTE=" + spelled(0, 59) + ";BYSECOND=" + spelled(0, 59) + "\n";
        String ics = calendar(event("bomb", "Anna Berg", "DTSTART:20251201T150000Z\nDTEND:20251201T160000Z\n" + rule));
        refused(ics, FROM, TO, "ics.VEVENT[bomb].RRULE").hasMessageContaining("bomb")
                .hasMessageContaining(String.valueOf(RecurrenceLimits.MAX_DATES_PER_STEP));
    }

    @Test
    void aRuleWithManyDatesPerStepOverManyStepsIsRefused() {
        // A plausible step (every day of the month at two hours) is fine, but not stepped through for centuries.
        String rule = "RRULE:FREQ=MONTHLY;BYMONTHDAY=" + spelled(1, 28) + ";BYHOUR=8,20\n";
        String ics = calendar(event("old", "Anna Berg", "DTSTART:18000101T080000Z\nDTEND:18000101T200000Z\n" + rule));
        refused(ics, FROM, TO, "ics.VEVENT[old].RRULE").hasMessageContaining("old");
    }

    @Test
    void aRotationOfTwoShiftsADayWrittenAsByPartsIsRead() throws Exception {
        String rule = "RRULE:FREQ=YEARLY;BYMONTH=" + spelled(1, 12) + ";BYMONTHDAY=" + spelled(1, 31) + ";BYHOUR=8,20\n";
        String ics = calendar(event("two", "Anna Berg", "DTSTART:20250101T080000Z\nDTEND:20250101T200000Z\n" + rule));
        assertThat(read(ics, FROM, TO)).hasSize(14);
    }
}
