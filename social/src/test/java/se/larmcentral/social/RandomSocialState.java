package se.larmcentral.social;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import se.larmcentral.core.PhoneNumber;

/** Seeded random social configurations for property tests: varied windows, day-type and date rules, one-offs and rosters. */
final class RandomSocialState {

    private RandomSocialState() {
    }

    /** @param municipalities SCB codes, or customer ids (registered as customers with an on-call line) */
    static Fixture build(long seed, String... municipalities) {
        Random r = new Random(seed);
        Fixture f = new Fixture();
        for (String m : municipalities) {
            if (!m.matches("[0-9]{4}")) {
                // a customer's on-call line: the same random terms on the same engine
                f.submit(new DefineCustomer(new Customer(m, "Kund " + m, Customer.Kind.COMPANY), null));
            }
            String jourId = "j" + m;
            boolean hasNumber = r.nextInt(4) > 0;
            f.submit(new DefineJour(new Jour(jourId, "Jour " + m, hasNumber ? number(r) : null, hasNumber && r.nextBoolean(), null, null)));
            int kind = r.nextInt(5);
            LocalDate from = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(400));
            if (kind == 0) {
                continue; // no agreement
            }
            if (kind == 1 && hasNumber) {
                f.submit(AddAgreement.basic(m, jourId, from, null, number(r), true, "Talsvar nattetid"));
                continue;
            }
            boolean roster = !hasNumber || r.nextBoolean();
            String id = f.submit(new AddAgreement(m, jourId, AgreementKind.EXTENDED, from,
                    r.nextBoolean() ? null : from.plusDays(200 + r.nextInt(400)), r.nextInt(3) == 0 ? number(r) : null,
                    null, r.nextBoolean() ? "Instruktion " + m : null, "Meddelande " + m, roster, schedule(r), List.of()));
            LocalDateTime cursor = LocalDateTime.of(2025, 1, 1, 0, 0).plusHours(r.nextInt(24 * 300));
            for (int i = 0; i < r.nextInt(4); i++) {
                LocalDateTime start = cursor.plusHours(r.nextInt(24 * 10));
                LocalDateTime end = start.plusMinutes(30 + r.nextInt(60 * 72));
                boolean connect = r.nextBoolean();
                f.submit(new AddOneOffChange(id, new OneOffChange("c" + i, start, end,
                        connect ? OneOffChange.Action.CONNECT : OneOffChange.Action.CLOSE, connect ? number(r) : null,
                        r.nextBoolean() ? "not " + i : null)));
                cursor = end;
            }
            if (roster) {
                List<RosterShift> shifts = new ArrayList<>();
                Instant t = Instant.parse("2024-12-31T23:00:00Z").plusSeconds(60L * r.nextInt(600));
                while (t.isBefore(Instant.parse("2026-01-10T00:00:00Z"))) {
                    Instant end = t.plusSeconds(3600L * (1 + r.nextInt(12)) + 60L * r.nextInt(60));
                    shifts.add(new RosterShift(t, end, "P" + r.nextInt(5), number(r)));
                    t = end.plusSeconds(r.nextInt(5) == 0 ? 60L * r.nextInt(600) : 0);
                }
                f.submit(new AddRosterShifts(jourId, shifts));
            }
        }
        return f;
    }

    static Schedule schedule(Random r) {
        if (r.nextInt(5) == 0) {
            return Schedule.NONE;
        }
        List<WeeklyWindow> weekly = new ArrayList<>();
        for (int i = 0; i < r.nextInt(9); i++) {
            weekly.add(new WeeklyWindow(DayOfWeek.of(1 + r.nextInt(7)), window(r)));
        }
        List<DayTypeRule> dayTypes = new ArrayList<>();
        for (DayType t : DayType.values()) {
            if (r.nextInt(3) == 0) {
                dayTypes.add(new DayTypeRule(t, r.nextInt(4) == 0 ? List.of() : List.of(window(r))));
            }
        }
        List<DateRule> dates = new ArrayList<>();
        LocalDate d = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(20));
        for (int i = 0; i < r.nextInt(6); i++) {
            dates.add(new DateRule(d, r.nextInt(4) == 0 ? List.of() : List.of(window(r), window(r))));
            d = d.plusDays(1 + r.nextInt(80));
        }
        if (weekly.isEmpty() && dayTypes.isEmpty() && dates.isEmpty()) {
            weekly.add(new WeeklyWindow(DayOfWeek.FRIDAY, window(r)));
        }
        return new Schedule(weekly, dayTypes, dates);
    }

    static Window window(Random r) {
        // Times on the quarter hour, including the DST hours 02:00-03:00.
        LocalTime start = LocalTime.of(r.nextInt(24), 15 * r.nextInt(4));
        LocalTime end = LocalTime.of(r.nextInt(24), 15 * r.nextInt(4));
        if (end.equals(start)) {
            return new Window(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, true);
        }
        return new Window(start, end, !end.isAfter(start));
    }

    static PhoneNumber number(Random r) {
        return PhoneNumber.parse("n", "070-" + (1000000 + r.nextInt(8999999)));
    }

    static Instant instantIn2025(Random r) {
        return Instant.parse("2025-01-01T00:00:00Z").plusSeconds((long) (r.nextDouble() * 365 * 86400));
    }
}
