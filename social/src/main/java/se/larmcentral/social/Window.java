package se.larmcentral.social;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import se.larmcentral.core.InvalidInputException;

/**
 * A daily time window in Swedish local (wall-clock) time, belonging to the day it starts on. It includes its
 * start and excludes its end. When {@code endsNextDay} is set the window runs past midnight into the next day
 * ({@code 16:00-08:00}); {@code 24:00} is written as end {@code 00:00} of the next day. Wall-clock semantics:
 * on the spring change the missing hour does not exist, on the autumn change a covered time is covered twice.
 *
 * @param start       first covered wall-clock time
 * @param end         first wall-clock time no longer covered
 * @param endsNextDay whether {@code end} is on the day after the start day
 */
public record Window(LocalTime start, LocalTime end, boolean endsNextDay) {

    public Window {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!endsNextDay && !end.isAfter(start)) {
            throw new InvalidInputException("window", "ends at " + end + ", not after its start " + start);
        }
        if (endsNextDay && end.isAfter(start)) {
            throw new InvalidInputException("window", "would last more than 24 hours (" + start + " to " + end + " next day)");
        }
        if (endsNextDay && end.equals(start) && !start.equals(LocalTime.MIDNIGHT)) {
            throw new InvalidInputException("window", "ends when it starts (" + start + ")");
        }
    }

    /** Parses {@code HH:MM-HH:MM}; an end at or before the start runs into the next day, {@code 24:00} is midnight. */
    public static Window parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is missing; give a window as HH:MM-HH:MM, e.g. 16:00-08:00");
        }
        String[] parts = text.strip().split("\\s*-\\s*");
        if (parts.length != 2) {
            throw new InvalidInputException(field, "must be HH:MM-HH:MM, was '" + text + "'");
        }
        LocalTime start = time(field, parts[0], false);
        boolean endOfDay = parts[1].equals("24:00");
        LocalTime end = endOfDay ? LocalTime.MIDNIGHT : time(field, parts[1], true);
        if (end.equals(start) && !(endOfDay && start.equals(LocalTime.MIDNIGHT))) {
            throw new InvalidInputException(field, "window '" + text + "' ends when it starts");
        }
        try {
            return new Window(start, end, endOfDay || !end.isAfter(start));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, e.reason());
        }
    }

    private static LocalTime time(String field, String text, boolean end) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a time HH:MM" + (end ? " (or 24:00)" : ""));
        }
    }

    /** Whether this window, starting on {@code day}, covers the wall-clock time {@code local}. */
    public boolean covers(LocalDate day, LocalDateTime local) {
        LocalDate date = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (date.equals(day)) {
            return !time.isBefore(start) && (endsNextDay || time.isBefore(end));
        }
        return endsNextDay && date.equals(day.plusDays(1)) && time.isBefore(end);
    }

    /** The wall-clock start on a given day. */
    public LocalDateTime startOn(LocalDate day) {
        return day.atTime(start);
    }

    /** The wall-clock end for the window starting on a given day. */
    public LocalDateTime endOn(LocalDate day) {
        return (endsNextDay ? day.plusDays(1) : day).atTime(end);
    }

    /** As written: {@code 16:00-08:00}, {@code 22:00-24:00}. */
    public String text() {
        String endText = endsNextDay && end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString();
        return start + "-" + endText;
    }
}
