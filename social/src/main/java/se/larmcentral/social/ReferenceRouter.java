package se.larmcentral.social;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import se.larmcentral.core.SwedishTime;

/**
 * The same decision as {@link SocialRouter}, found the straightforward way: every agreement, one-off change,
 * schedule rule and roster shift is scanned linearly, nothing is indexed. It is the benchmark's baseline and
 * the tests' oracle for the indexed router.
 */
public final class ReferenceRouter {

    private ReferenceRouter() {
    }

    public static SocialDecision route(SocialState state, String municipality, Channel channel, Instant at) {
        LineOwner owner = state.requireLineOwner("municipality", municipality);
        var call = new DecisionTexts.Call(owner, channel, null, at, new ArrayList<>(8));
        Agreement a = null;
        for (Agreement candidate : state.agreementsOf(municipality)) {
            if (!at.isBefore(candidate.startInstant()) && at.isBefore(candidate.endInstant())) {
                a = candidate;
            }
        }
        if (a == null) {
            NoAgreementPolicy row = null;
            for (NoAgreementPolicy p : state.policyRows()) {
                if (row == null || !p.from().isAfter(at)) {
                    row = p;
                }
            }
            return DecisionTexts.noAgreement(call, row);
        }
        Jour jour = state.requireJour("jourId", a.jourId());
        call.why().add("agreement " + a.id() + " in force");
        if (a.kind() == AgreementKind.BASIC) {
            return DecisionTexts.forwardToService(call, a, jour, Basis.BASIC_SERVICE, "basic service: every call is connected");
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, SwedishTime.ZONE);
        for (OneOffChange change : a.oneOffChanges()) {
            if (change.covers(local)) {
                return SocialRouter.oneOff(call, a, change);
            }
        }
        String windowRule;
        Basis inside;
        if (!a.schedule().hasWindows()) {
            windowRule = "no set times: connected at all times";
            inside = Basis.ALL_TIMES;
        } else {
            WindowMatch match = window(a.schedule(), state.calendar(), local);
            if (match == null) {
                return DecisionTexts.message(call, a, Basis.OUTSIDE_WINDOWS, null, "outside the set times at " + local);
            }
            windowRule = match.describe();
            inside = Basis.WINDOW;
        }
        if (a.usesRoster()) {
            for (RosterShift shift : state.roster(a.jourId()).shifts()) {
                if (!at.isBefore(shift.start()) && at.isBefore(shift.end())) {
                    return DecisionTexts.forward(call, a, Basis.ROSTER_SHIFT, shift.number(), TargetKind.ROSTERED_PERSON,
                            shift.person(), "roster of " + jour.id() + ": " + shift.describe() + " (" + windowRule + ")");
                }
            }
            return DecisionTexts.forwardToService(call, a, jour, Basis.ROSTER_GAP, "roster gap (" + windowRule + ")");
        }
        return DecisionTexts.forwardToService(call, a, jour, inside, windowRule);
    }

    private static WindowMatch window(Schedule schedule, SwedishCalendar calendar, LocalDateTime local) {
        for (LocalDate day : new LocalDate[] {local.toLocalDate(), local.toLocalDate().minusDays(1)}) {
            List<Window> windows = null;
            String label = null;
            for (DateRule r : schedule.dates()) {
                if (r.date().equals(day)) {
                    windows = r.windows();
                    label = "date " + r.date() + " " + CompiledAgreement.texts(r.windows());
                }
            }
            for (DayType type : DayType.values()) {
                for (DayTypeRule r : schedule.dayTypes()) {
                    if (windows == null && r.dayType() == type && calendar.dayTypes(day).contains(type)) {
                        windows = r.windows();
                        label = "day type " + type + " " + CompiledAgreement.texts(r.windows());
                    }
                }
            }
            if (windows == null) {
                windows = new ArrayList<>();
                for (WeeklyWindow w : schedule.weekly()) {
                    if (w.day() == day.getDayOfWeek()) {
                        windows.add(w.window());
                    }
                }
                label = "weekly " + day.getDayOfWeek() + " " + CompiledAgreement.texts(windows);
            }
            for (Window w : windows) {
                if (w.covers(day, local)) {
                    return new WindowMatch(day, w, label);
                }
            }
        }
        return null;
    }
}
