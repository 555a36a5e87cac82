package se.larmcentral.social;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.social.Fixture.local;
import static se.larmcentral.social.Fixture.localLater;
import static se.larmcentral.social.Fixture.shift;
import static se.larmcentral.social.Fixture.weekly;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.larmcentral.core.PhoneNumber;

/** The time rules of DOMAIN.md section 3, one by one. */
class TimeRulesTest {

    private final Fixture f = new Fixture().jour("city");

    private Outcome outcomeAt(String localTime) {
        return f.route(Fixture.STOCKHOLM, local(localTime)).outcome();
    }

    @Test
    void aWindowEndingAtOrBeforeItsStartRunsPastMidnight() {
        f.extended(Fixture.STOCKHOLM, "city", weekly("MONDAY 16:00-08:00"), false);
        assertThat(outcomeAt("2025-06-16T15:59:59")).isEqualTo(Outcome.MESSAGE);
        assertThat(outcomeAt("2025-06-16T16:00")).isEqualTo(Outcome.FORWARD);
        assertThat(outcomeAt("2025-06-17T07:59:59")).isEqualTo(Outcome.FORWARD);
        assertThat(outcomeAt("2025-06-17T08:00")).isEqualTo(Outcome.MESSAGE);
    }

    @Test
    void fridayEighteenToOneCoversSaturdayHalfPastMidnight() {
        f.extended(Fixture.STOCKHOLM, "city", weekly("FRIDAY 18:00-01:00"), false);
        SocialDecision d = f.route(Fixture.STOCKHOLM, local("2025-06-14T00:30"));
        assertThat(d.outcome()).isEqualTo(Outcome.FORWARD);
        assertThat(d.basis()).isEqualTo(Basis.WINDOW);
        assertThat(d.rule()).contains("weekly FRIDAY").contains("18:00-01:00").contains("starting 2025-06-13");
        assertThat(outcomeAt("2025-06-14T01:00")).isEqualTo(Outcome.MESSAGE);
        assertThat(outcomeAt("2025-06-13T17:59")).isEqualTo(Outcome.MESSAGE);
    }

    @Test
    void twentyFourHundredEndsAtMidnight() {
        f.extended(Fixture.STOCKHOLM, "city", weekly("MONDAY 16:00-24:00"), false);
        assertThat(outcomeAt("2025-06-16T23:59:59")).isEqualTo(Outcome.FORWARD);
        assertThat(outcomeAt("2025-06-17T00:00")).isEqualTo(Outcome.MESSAGE);
        assertThat(Window.parse("w", "16:00-24:00").text()).isEqualTo("16:00-24:00");
        assertThat(Window.parse("w", "00:00-24:00").endsNextDay()).isTrue();
    }

    @Test
    void onTheSpringChangeTheMissingHourDoesNotExist() {
        // 2025-03-30: 02:00 CET becomes 03:00 CEST.
        f.extended(Fixture.STOCKHOLM, "city", weekly("SATURDAY 22:00-02:30", "SUNDAY 02:30-05:00"), false);
        SocialDecision beforeJump = f.route(Fixture.STOCKHOLM, java.time.Instant.parse("2025-03-30T00:59:59Z"));
        assertThat(beforeJump.outcome()).isEqualTo(Outcome.FORWARD);
        assertThat(beforeJump.rule()).contains("SATURDAY");
        // 01:00Z is 03:00 CEST: Saturday's window ended at the non-existent 02:30, Sunday's started at it.
        SocialDecision afterJump = f.route(Fixture.STOCKHOLM, java.time.Instant.parse("2025-03-30T01:00:00Z"));
        assertThat(afterJump.outcome()).isEqualTo(Outcome.FORWARD);
        assertThat(afterJump.rule()).contains("SUNDAY");
        assertThat(outcomeAt("2025-03-30T05:00")).isEqualTo(Outcome.MESSAGE);
    }

    @Test
    void onTheAutumnChangeACoveredWallClockTimeIsCoveredInBothOccurrences() {
        // 2025-10-26: 03:00 CEST becomes 02:00 CET, so 02:00-03:00 happens twice.
        f.extended(Fixture.STOCKHOLM, "city", weekly("SUNDAY 02:00-02:30"), false);
        assertThat(local("2025-10-26T02:15")).isNotEqualTo(localLater("2025-10-26T02:15"));
        assertThat(f.route(Fixture.STOCKHOLM, local("2025-10-26T02:15")).outcome()).isEqualTo(Outcome.FORWARD);
        assertThat(f.route(Fixture.STOCKHOLM, localLater("2025-10-26T02:15")).outcome()).isEqualTo(Outcome.FORWARD);
        assertThat(f.route(Fixture.STOCKHOLM, local("2025-10-26T02:45")).outcome()).isEqualTo(Outcome.MESSAGE);
        assertThat(f.route(Fixture.STOCKHOLM, localLater("2025-10-26T02:45")).outcome()).isEqualTo(Outcome.MESSAGE);
    }

    @Test
    void aDayTypeRuleReplacesTheWeeklyPatternForWindowsStartingThatDay() {
        // Karlstad-like: julafton 08:00-01:30. 2025-12-24 is a Wednesday.
        Schedule s = new Schedule(
                List.of(new WeeklyWindow(java.time.DayOfWeek.WEDNESDAY, Window.parse("w", "16:00-22:00")),
                        new WeeklyWindow(java.time.DayOfWeek.TUESDAY, Window.parse("w", "16:00-10:00"))),
                List.of(new DayTypeRule(DayType.EVE, List.of(Window.parse("w", "12:00-01:30"))),
                        new DayTypeRule(DayType.DAY_BEFORE_PUBLIC_HOLIDAY, List.of(Window.parse("w", "20:00-21:00")))),
                List.of());
        f.extended(Fixture.STOCKHOLM, "city", s, false);
        SocialDecision eve = f.route(Fixture.STOCKHOLM, local("2025-12-24T13:00"));
        assertThat(eve.outcome()).isEqualTo(Outcome.FORWARD);
        assertThat(eve.rule()).contains("day type EVE");
        assertThat(outcomeAt("2025-12-25T01:00")).isEqualTo(Outcome.FORWARD);
        assertThat(outcomeAt("2025-12-25T01:30")).isEqualTo(Outcome.MESSAGE);
        // Tuesday's window started on the 23rd and runs into the eve's morning: it is still covered.
        SocialDecision morning = f.route(Fixture.STOCKHOLM, local("2025-12-24T09:00"));
        assertThat(morning.outcome()).isEqualTo(Outcome.FORWARD);
        assertThat(morning.rule()).contains("weekly TUESDAY");
        assertThat(outcomeAt("2025-12-24T11:00")).isEqualTo(Outcome.MESSAGE);
        // An ordinary Wednesday follows the weekly pattern.
        assertThat(outcomeAt("2025-12-17T13:00")).isEqualTo(Outcome.MESSAGE);
        assertThat(outcomeAt("2025-12-17T16:00")).isEqualTo(Outcome.FORWARD);
    }

    @Test
    void publicHolidayRuleAndEmptyRuleClosesTheDay() {
        Schedule s = new Schedule(
                List.of(new WeeklyWindow(java.time.DayOfWeek.THURSDAY, Window.parse("w", "16:00-22:00"))),
                List.of(new DayTypeRule(DayType.PUBLIC_HOLIDAY, List.of(Window.parse("w", "00:00-24:00")))),
                List.of(new DateRule(LocalDate.of(2026, 1, 1), List.of())));
        f.extended(Fixture.STOCKHOLM, "city", s, false);
        assertThat(outcomeAt("2025-12-25T10:00")).isEqualTo(Outcome.FORWARD); // juldagen, a Thursday
        assertThat(outcomeAt("2025-12-18T10:00")).isEqualTo(Outcome.MESSAGE);
        // Nyårsdagen is a public holiday and a Thursday, but its date rule closes it.
        SocialDecision d = f.route(Fixture.STOCKHOLM, local("2026-01-01T17:00"));
        assertThat(d.outcome()).isEqualTo(Outcome.MESSAGE);
        assertThat(d.explanation()).anyMatch(line -> line.contains("date 2026-01-01 [closed]"));
    }

    @Test
    void aSpecificDateRuleBeatsTheDayTypeRule() {
        Schedule s = new Schedule(List.of(),
                List.of(new DayTypeRule(DayType.EVE, List.of(Window.parse("w", "08:00-01:30")))),
                List.of(new DateRule(LocalDate.of(2025, 12, 24), List.of(Window.parse("w", "18:00-20:00")))));
        f.extended(Fixture.STOCKHOLM, "city", s, false);
        assertThat(outcomeAt("2025-12-24T10:00")).isEqualTo(Outcome.MESSAGE);
        SocialDecision d = f.route(Fixture.STOCKHOLM, local("2025-12-24T19:00"));
        assertThat(d.rule()).contains("date 2025-12-24");
        assertThat(outcomeAt("2025-12-31T10:00")).isEqualTo(Outcome.FORWARD); // nyårsafton: the eve rule
    }

    @Test
    void aOneOffChangeTakesPrecedenceInsideItsInterval() {
        String id = f.extended(Fixture.STOCKHOLM, "city", weekly("WEDNESDAY 00:00-24:00", "THURSDAY 00:00-24:00",
                "FRIDAY 00:00-24:00"), false);
        f.submit(new AddOneOffChange(id, new OneOffChange("nyar", LocalDateTime.parse("2025-12-31T12:00"),
                LocalDateTime.parse("2026-01-02T08:00"), OneOffChange.Action.CLOSE, null, "Stängt över nyår: ring 08-123 456 78.")));
        f.submit(new AddOneOffChange(id, new OneOffChange("extra", LocalDateTime.parse("2026-01-03T10:00"),
                LocalDateTime.parse("2026-01-03T12:00"), OneOffChange.Action.CONNECT, Fixture.OTHER_NUMBER, "Jourhavande chef")));
        assertThat(outcomeAt("2025-12-31T11:59:59")).isEqualTo(Outcome.FORWARD);
        SocialDecision closed = f.route(Fixture.STOCKHOLM, local("2025-12-31T12:00"));
        assertThat(closed.outcome()).isEqualTo(Outcome.MESSAGE);
        assertThat(closed.basis()).isEqualTo(Basis.ONE_OFF_CLOSED);
        assertThat(closed.message()).isEqualTo("Stängt över nyår: ring 08-123 456 78.");
        assertThat(outcomeAt("2026-01-02T07:59")).isEqualTo(Outcome.MESSAGE);
        assertThat(outcomeAt("2026-01-02T08:00")).isEqualTo(Outcome.FORWARD);
        // 2026-01-03 is a Saturday, outside every window, yet the one-off change connects.
        SocialDecision extra = f.route(Fixture.STOCKHOLM, local("2026-01-03T11:00"));
        assertThat(extra.outcome()).isEqualTo(Outcome.FORWARD);
        assertThat(extra.number()).isEqualTo(Fixture.OTHER_NUMBER);
        assertThat(extra.targetKind()).isEqualTo(TargetKind.ONE_OFF_NUMBER);
        assertThat(outcomeAt("2026-01-03T12:00")).isEqualTo(Outcome.MESSAGE);
    }

    @Test
    void theRosteredPersonIsTheTargetInsideTheWindowsOnly() {
        f.extended(Fixture.STOCKHOLM, "city", weekly("MONDAY 16:00-08:00"), true);
        f.submit(new AddRosterShifts("city", List.of(shift("2025-06-16T12:00", "2025-06-17T12:00", "Anna Berg", "070-111 11 11"))));
        SocialDecision d = f.route(Fixture.STOCKHOLM, local("2025-06-16T20:00"));
        assertThat(d.outcome()).isEqualTo(Outcome.FORWARD);
        assertThat(d.targetKind()).isEqualTo(TargetKind.ROSTERED_PERSON);
        assertThat(d.targetName()).isEqualTo("Anna Berg");
        assertThat(d.number()).isEqualTo(PhoneNumber.parse("n", "+46701111111"));
        assertThat(outcomeAt("2025-06-16T13:00")).isEqualTo(Outcome.MESSAGE);
    }

    @Test
    void withoutWindowsTheRosteredPersonIsTheTargetAtAllTimesAndAGapFallsBackAndIsReported() {
        f.extended(Fixture.STOCKHOLM, "city", Schedule.NONE, true);
        f.submit(new AddRosterShifts("city", List.of(
                shift("2025-06-16T08:00", "2025-06-16T16:00", "Anna Berg", "070-111 11 11"),
                shift("2025-06-16T18:00", "2025-06-17T08:00", "Bo Ek", "070-222 22 22"))));
        assertThat(f.route(Fixture.STOCKHOLM, local("2025-06-16T09:00")).targetName()).isEqualTo("Anna Berg");
        assertThat(f.route(Fixture.STOCKHOLM, local("2025-06-17T03:00")).targetName()).isEqualTo("Bo Ek");
        SocialDecision gap = f.route(Fixture.STOCKHOLM, local("2025-06-16T17:00"));
        assertThat(gap.outcome()).isEqualTo(Outcome.FORWARD);
        assertThat(gap.basis()).isEqualTo(Basis.ROSTER_GAP);
        assertThat(gap.number()).isEqualTo(Fixture.JOUR_NUMBER);
        assertThat(gap.targetKind()).isEqualTo(TargetKind.JOUR);

        List<CoverageGap> gaps = CoverageGaps.find(f.state, Fixture.STOCKHOLM, LocalDate.of(2025, 6, 16), LocalDate.of(2025, 6, 17));
        assertThat(gaps).extracting(CoverageGap::basis).containsExactly(Basis.ROSTER_GAP, Basis.ROSTER_GAP);
        assertThat(gaps.get(0).start()).isEqualTo(local("2025-06-16T00:00"));
        assertThat(gaps.get(0).end()).isEqualTo(local("2025-06-16T08:00"));
        assertThat(gaps.get(1).start()).isEqualTo(local("2025-06-16T16:00"));
        assertThat(gaps.get(1).end()).isEqualTo(local("2025-06-16T18:00"));
        assertThat(gaps.get(1).fallback()).contains(Fixture.JOUR_NUMBER.e164());
    }

    @Test
    void aRosterGapWithoutAnyNumberGivesTheMunicipalitysMessage() {
        f.submit(new DefineJour(new Jour("beredskap", "Social beredskap", null, false, null, null)));
        f.extended(Fixture.NACKA, "beredskap", weekly("FRIDAY 18:00-01:00"), true);
        SocialDecision d = f.route(Fixture.NACKA, local("2025-06-13T19:00"));
        assertThat(d.outcome()).isEqualTo(Outcome.MESSAGE);
        assertThat(d.basis()).isEqualTo(Basis.ROSTER_GAP);
        assertThat(d.message()).startsWith("Ring kommunens växel");
    }

    @Test
    void christmasGapsAreSeenInNovember() {
        Schedule s = new Schedule(List.of(
                new WeeklyWindow(java.time.DayOfWeek.MONDAY, Window.parse("w", "16:00-08:00")),
                new WeeklyWindow(java.time.DayOfWeek.TUESDAY, Window.parse("w", "16:00-08:00")),
                new WeeklyWindow(java.time.DayOfWeek.WEDNESDAY, Window.parse("w", "16:00-08:00"))), List.of(), List.of());
        // An eve window of 08:00-08:00 ends when it starts: refused.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Window.parse("dayTypes.EVE[0]", "08:00-08:00"))
                .hasMessageContaining("dayTypes.EVE[0]").hasMessageContaining("ends when it starts");
        Schedule christmas = new Schedule(s.weekly(), List.of(new DayTypeRule(DayType.EVE, List.of(Window.parse("w", "08:00-24:00")))), List.of());
        f.extended(Fixture.STOCKHOLM, "city", christmas, false);
        List<CoverageGap> gaps = CoverageGaps.find(f.state, Fixture.STOCKHOLM, LocalDate.of(2025, 12, 24), LocalDate.of(2025, 12, 26));
        // Julafton (Wed) 00:00-08:00 is covered by Tuesday's window; 08:00-24:00 by the eve; juldagen (Thu) has no window.
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).start()).isEqualTo(local("2025-12-25T00:00"));
        assertThat(gaps.get(0).end()).isEqualTo(local("2025-12-26T00:00"));
        assertThat(gaps.get(0).basis()).isEqualTo(Basis.OUTSIDE_WINDOWS);
        assertThat(gaps.get(0).outcome()).isEqualTo(Outcome.MESSAGE);
    }

    @Test
    void anAgreementIsInForceFromMidnightSwedishTimeOnItsFirstDayUntilMidnightOnItsEnd() {
        String id = f.submit(AddAgreement.basic(Fixture.STOCKHOLM, "city", LocalDate.of(2025, 3, 1), null, null, false, null));
        f.submit(new EndAgreement(id, LocalDate.of(2025, 4, 1)));
        assertThat(f.route(Fixture.STOCKHOLM, local("2025-02-28T23:59:59")).basis()).isEqualTo(Basis.NO_AGREEMENT);
        assertThat(f.route(Fixture.STOCKHOLM, local("2025-03-01T00:00")).basis()).isEqualTo(Basis.BASIC_SERVICE);
        assertThat(f.route(Fixture.STOCKHOLM, local("2025-03-31T23:59:59")).basis()).isEqualTo(Basis.BASIC_SERVICE);
        assertThat(f.route(Fixture.STOCKHOLM, local("2025-04-01T00:00")).basis()).isEqualTo(Basis.NO_AGREEMENT);
        assertThat(f.state.agreementsOf(Fixture.STOCKHOLM)).extracting(Agreement::validUntil).containsExactly(LocalDate.of(2025, 4, 1));
    }
}
