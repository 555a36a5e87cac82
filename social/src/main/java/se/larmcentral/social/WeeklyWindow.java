package se.larmcentral.social;

import java.time.DayOfWeek;
import java.util.Objects;

/** A window in the weekly pattern: on this weekday (the day it starts on), these hours. */
public record WeeklyWindow(DayOfWeek day, Window window) {

    public WeeklyWindow {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(window, "window");
    }
}
