package se.larmcentral.social;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.larmcentral.core.InvalidInputException;

/**
 * When an extended agreement connects calls (add-on service "vissa angivna tider"): a weekly pattern, rules for
 * day types and for specific dates that replace the weekly pattern for the windows starting on that date.
 * An empty schedule has no windows: the agreement connects at all times.
 */
public record Schedule(List<WeeklyWindow> weekly, List<DayTypeRule> dayTypes, List<DateRule> dates) {

    public static final Schedule NONE = new Schedule(List.of(), List.of(), List.of());

    public Schedule {
        weekly = List.copyOf(weekly);
        dayTypes = List.copyOf(dayTypes);
        dates = List.copyOf(dates);
        Set<DayType> seenTypes = new HashSet<>();
        for (int i = 0; i < dayTypes.size(); i++) {
            if (!seenTypes.add(dayTypes.get(i).dayType())) {
                throw new InvalidInputException("dayTypes[" + i + "]", "day type " + dayTypes.get(i).dayType() + " has two rules");
            }
        }
        Set<java.time.LocalDate> seenDates = new HashSet<>();
        for (int i = 0; i < dates.size(); i++) {
            if (!seenDates.add(dates.get(i).date())) {
                throw new InvalidInputException("dates[" + i + "]", "date " + dates.get(i).date() + " has two rules");
            }
        }
    }

    /** Whether the schedule has any rule at all; without one the agreement connects at all times. */
    public boolean hasWindows() {
        return !weekly.isEmpty() || !dayTypes.isEmpty() || !dates.isEmpty();
    }
}
