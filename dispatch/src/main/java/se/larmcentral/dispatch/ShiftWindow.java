package se.larmcentral.dispatch;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.SwedishTime;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * A weekly window in which a unit is in service (bemanning), in Swedish local time. Follows the product's time
 * rules: the window includes its start and excludes its end; an end of {@code 00:00} means midnight at the end of
 * the day; an end at or before the start runs past midnight into the next day, and the window belongs to the day
 * it starts on ("Friday 19:00-07:00" covers Saturday 06:30). Start equal to end is a whole day. Wall-clock
 * comparison, so on the autumn change a time inside the window is covered in both of its occurrences.
 *
 * @param days  the days on which the window starts
 * @param start local start time
 * @param end   local end time
 */
public record ShiftWindow(List<DayOfWeek> days, LocalTime start, LocalTime end) {

    public ShiftWindow {
        if (days == null || days.isEmpty()) {
            throw new InvalidInputException("days", "a shift window needs at least one day");
        }
        if (start == null || end == null) {
            throw new InvalidInputException("start", "a shift window needs a start and an end time");
        }
        days = List.copyOf(days);
    }

    /** Every day, round the clock. */
    public static ShiftWindow roundTheClock() {
        return new ShiftWindow(List.of(DayOfWeek.values()), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    public boolean covers(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, SwedishTime.ZONE);
        LocalDate date = local.toLocalDate();
        return coversFrom(date, local) || coversFrom(date.minusDays(1), local);
    }

    private boolean coversFrom(LocalDate startDay, LocalDateTime local) {
        if (!days.contains(startDay.getDayOfWeek())) {
            return false;
        }
        LocalDateTime from = startDay.atTime(start);
        LocalDateTime to = end.isAfter(start) ? startDay.atTime(end) : startDay.plusDays(1).atTime(end);
        return !local.isBefore(from) && local.isBefore(to);
    }

    /** True when {@code windows} is empty (no shifts: always in service) or one of them covers the instant. */
    public static boolean inService(List<ShiftWindow> windows, Instant instant) {
        return windows.isEmpty() || windows.stream().anyMatch(w -> w.covers(instant));
    }
}
