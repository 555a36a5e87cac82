package se.larmcentral.social.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.social.AddAgreement;
import se.larmcentral.social.AgreementKind;
import se.larmcentral.social.Channel;
import se.larmcentral.social.CoverageGaps;
import se.larmcentral.social.DefineJour;
import se.larmcentral.social.EffectivePlan;
import se.larmcentral.social.Jour;
import se.larmcentral.social.PlanSegment;
import se.larmcentral.social.ReplaceRoster;
import se.larmcentral.social.RosterShift;
import se.larmcentral.social.Schedule;
import se.larmcentral.social.SocialRouter;
import se.larmcentral.social.SocialState;
import se.larmcentral.social.WeeklyWindow;
import se.larmcentral.social.Window;
import se.larmcentral.social.file.MunicipalityRegistryFile;

class IcalTest {

    private static final LocalDate FROM = LocalDate.of(2025, 12, 1);
    private static final LocalDate TO = LocalDate.of(2026, 1, 1);

    private static Instant local(String text) {
        return LocalDateTime.parse(text).atZone(SwedishTime.ZONE).toInstant();
    }

    private static List<RosterShift> readFixture() throws Exception {
        try (InputStream in = IcalTest.class.getResourceAsStream("/se/larmcentral/social/jourlista.ics")) {
            return RosterCalendarReader.read(in, FROM, TO);
        }
    }

    private static SocialState stateWith(List<RosterShift> shifts, Schedule schedule) {
        SocialState state = new SocialState(MunicipalityRegistryFile.standard());
        apply(state, new DefineJour(new Jour("nacka", "Socialjouren Nacka", null, false, null, null)));
        apply(state, new AddAgreement("0182", "nacka", AgreementKind.EXTENDED, LocalDate.of(2018, 1, 1), null, null, null, null,
                "Ring 08-718 80 00 dagtid.", true, schedule, List.of()));
        apply(state, new ReplaceRoster("nacka", FROM.atStartOfDay(SwedishTime.ZONE).toInstant(),
                TO.atStartOfDay(SwedishTime.ZONE).toInstant(), shifts));
        return state;
    }

    private static void apply(SocialState state, se.larmcentral.core.Command<SocialState, ?> c) {
        for (var e : c.decide(state, Instant.EPOCH).events()) {
            state.apply(new se.larmcentral.core.Recorded(1, Instant.EPOCH, se.larmcentral.core.Actor.SYSTEM, e));
        }
    }

    @Test
    void aRotationWithTimeZoneRecurrenceAndAnExceptionBecomesShifts() throws Exception {
        List<RosterShift> shifts = readFixture();
        // Anna: every other day from 1 December (16 occurrences), one excepted; Bo: every other day from 2 December (15).
        assertThat(shifts).hasSize(15 + 15);
        assertThat(shifts.get(0)).isEqualTo(new RosterShift(local("2025-12-01T16:00"), local("2025-12-02T08:00"), "Anna Berg",
                PhoneNumber.parse("n", "+46701111111")));
        assertThat(shifts).filteredOn(s -> s.start().equals(local("2025-12-23T16:00"))).isEmpty();
        assertThat(shifts.get(1).person()).isEqualTo("Bo Ek");

        SocialState state = stateWith(shifts, Schedule.NONE);
        assertThat(SocialRouter.route(state, "0182", Channel.EMERGENCY_112, local("2025-12-24T20:00")).targetName()).isEqualTo("Bo Ek");
        assertThat(SocialRouter.route(state, "0182", Channel.EMERGENCY_112, local("2025-12-23T02:00")).targetName()).isEqualTo("Bo Ek");
        assertThat(SocialRouter.route(state, "0182", Channel.EMERGENCY_112, local("2025-12-23T20:00")).outcome())
                .isEqualTo(se.larmcentral.social.Outcome.MESSAGE);
        assertThat(CoverageGaps.find(state, "0182", LocalDate.of(2025, 12, 23), LocalDate.of(2025, 12, 24)))
                .anyMatch(g -> g.start().equals(local("2025-12-23T08:00")) && g.end().equals(local("2025-12-24T00:00")));
    }

    @Test
    void theExportedPlanReadsBackAsTheSameShifts() throws Exception {
        SocialState state = stateWith(readFixture(), Schedule.NONE);
        // The plan runs a day past the imported period so that the last shift is not cut at its end.
        List<PlanSegment> plan = EffectivePlan.of(state, "0182", FROM, TO.plusDays(1));
        StringWriter out = new StringWriter();
        PlanCalendarWriter.write("0182", "Nacka", plan, Instant.parse("2025-11-20T10:00:00Z"), out);
        String ics = out.toString();
        assertThat(ics).contains("BEGIN:VTIMEZONE").contains("TZID=Europe/Stockholm").contains("ATTENDEE;CN=Anna Berg:tel:+46701111111");
        List<RosterShift> back = RosterCalendarReader.read(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)), FROM, TO);
        assertThat(back).isEqualTo(readFixture());
    }

    @Test
    void theExportFollowsTheWindowsWhenThereAreSome() throws Exception {
        Schedule nights = new Schedule(java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(d -> new WeeklyWindow(d, Window.parse("w", "18:00-06:00"))).toList(), List.of(), List.of());
        SocialState state = stateWith(readFixture(), nights);
        StringWriter out = new StringWriter();
        PlanCalendarWriter.write("0182", "Nacka", EffectivePlan.of(state, "0182", FROM, LocalDate.of(2025, 12, 4)),
                Instant.parse("2025-11-20T10:00:00Z"), out);
        List<RosterShift> back = RosterCalendarReader.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)),
                FROM, LocalDate.of(2025, 12, 3));
        assertThat(back).extracting(RosterShift::start, RosterShift::end, RosterShift::person).containsExactly(
                org.assertj.core.groups.Tuple.tuple(local("2025-12-01T18:00"), local("2025-12-02T06:00"), "Anna Berg"),
                org.assertj.core.groups.Tuple.tuple(local("2025-12-02T18:00"), local("2025-12-03T06:00"), "Bo Ek"));
    }

    @Test
    void anEventWithoutANumberIsRefusedNamingIt() {
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//x//y//SV
                BEGIN:VEVENT
                UID:no-number
                DTSTAMP:20251101T120000Z
                DTSTART:20251201T150000Z
                DTEND:20251202T070000Z
                SUMMARY:Anna
                END:VEVENT
                END:VCALENDAR
                """.replace("\n", "\r\n");
        assertThatThrownBy(() -> RosterCalendarReader.read(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)), FROM, TO))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("ics.VEVENT[no-number].ATTENDEE");
    }

    /** Found by the fuzzer (issue 13): a DTEND whose TZID parameter was garbled answered with java.time's own words. */
    @Test
    void anEndThatCannotBePlacedInTimeIsNamedInPlainWords() {
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//x//y//SV
                BEGIN:VEVENT
                UID:garbled
                DTSTAMP:20251101T120000Z
                DTSTART;TZID=Europe/Stockholm:20251201T160000
                DTEND;-=Europe/Stockholm:20251202T080000
                ATTENDEE;CN=Anna Berg:tel:+46701111111
                END:VEVENT
                END:VCALENDAR
                """.replace("\n", "\r\n");
        assertThatThrownBy(() -> RosterCalendarReader.read(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)), FROM, TO))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot be placed in time").hasMessageNotContaining("java")
                .hasMessageNotContaining("TemporalAccessor");
    }

    /**
     * Found by the fuzzer (issue 13): a time zone whose observance lost its DTSTART made ical4j log a warning with a
     * stack trace and place the file's times by a default; now the file is refused, naming the zone and property.
     */
    @Test
    void aTimeZoneWithoutItsStartIsRefusedNamingIt() {
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//x//y//SV
                BEGIN:VTIMEZONE
                TZID:Europe/Stockholm
                BEGIN:STANDARD
                TZOFFSETFROM:+0200
                TZOFFSETTO:+0100
                END:STANDARD
                END:VTIMEZONE
                BEGIN:VEVENT
                UID:night
                DTSTAMP:20251101T120000Z
                DTSTART;TZID=Europe/Stockholm:20251201T160000
                DTEND;TZID=Europe/Stockholm:20251202T080000
                ATTENDEE;CN=Anna Berg:tel:+46701111111
                END:VEVENT
                END:VCALENDAR
                """.replace("\n", "\r\n");
        assertThatThrownBy(() -> RosterCalendarReader.read(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)), FROM, TO))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Europe/Stockholm has a STANDARD without DTSTART").hasMessageNotContaining("java")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("ics.VTIMEZONE[Europe/Stockholm].STANDARD.DTSTART");
    }
}
