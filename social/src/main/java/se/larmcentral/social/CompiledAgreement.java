package se.larmcentral.social;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An agreement indexed for the routing decision: validity as epoch seconds, weekly windows per weekday,
 * day-type and date rules in maps, one-off changes sorted by start. Built when the agreement changes.
 */
final class CompiledAgreement {

    /** The windows that start on a date, and which rule chose them. */
    record DayRules(String label, Window[] windows) {
    }

    private static final DayType[] PRECEDENCE = DayType.values();

    final Agreement agreement;
    final long startSecond;
    final long endSecond;
    final boolean hasWindows;
    private final DayRules[] weekly = new DayRules[7];
    private final Map<DayType, DayRules> dayTypes = new EnumMap<>(DayType.class);
    private final Map<LocalDate, DayRules> dates = new HashMap<>();
    private final OneOffChange[] oneOffs;

    CompiledAgreement(Agreement agreement) {
        this.agreement = agreement;
        this.startSecond = agreement.startInstant().getEpochSecond();
        this.endSecond = agreement.validUntil() == null ? Long.MAX_VALUE : agreement.endInstant().getEpochSecond();
        Schedule schedule = agreement.schedule();
        this.hasWindows = schedule.hasWindows();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Window> windows = new ArrayList<>();
            for (WeeklyWindow w : schedule.weekly()) {
                if (w.day() == day) {
                    windows.add(w.window());
                }
            }
            weekly[day.ordinal()] = new DayRules("weekly " + day + " " + texts(windows), windows.toArray(Window[]::new));
        }
        for (DayTypeRule r : schedule.dayTypes()) {
            dayTypes.put(r.dayType(), new DayRules("day type " + r.dayType() + " " + texts(r.windows()),
                    r.windows().toArray(Window[]::new)));
        }
        for (DateRule r : schedule.dates()) {
            dates.put(r.date(), new DayRules("date " + r.date() + " " + texts(r.windows()), r.windows().toArray(Window[]::new)));
        }
        List<OneOffChange> sorted = new ArrayList<>(agreement.oneOffChanges());
        sorted.sort(Comparator.comparing(OneOffChange::from));
        this.oneOffs = sorted.toArray(OneOffChange[]::new);
    }

    static String texts(List<Window> windows) {
        if (windows.isEmpty()) {
            return "[closed]";
        }
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < windows.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(windows.get(i).text());
        }
        return b.append(']').toString();
    }

    boolean inForce(long second) {
        return second >= startSecond && second < endSecond;
    }

    /** The rule that decides which windows start on {@code date}: date rule, then day types in order, then weekly. */
    DayRules rulesFor(LocalDate date, SwedishCalendar calendar) {
        if (!dates.isEmpty()) {
            DayRules r = dates.get(date);
            if (r != null) {
                return r;
            }
        }
        if (!dayTypes.isEmpty()) {
            for (DayType type : PRECEDENCE) {
                DayRules r = dayTypes.get(type);
                if (r != null && calendar.is(date, type)) {
                    return r;
                }
            }
        }
        return weekly[date.getDayOfWeek().ordinal()];
    }

    /** The one-off change covering {@code local}, or {@code null}; they do not overlap, so a binary search finds it. */
    OneOffChange oneOffAt(LocalDateTime local) {
        int lo = 0;
        int hi = oneOffs.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (!oneOffs[mid].from().isAfter(local)) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && oneOffs[found].covers(local) ? oneOffs[found] : null;
    }
}
