package se.larmcentral.social;

import java.util.List;
import java.util.Objects;

/**
 * On dates of this day type, these windows start instead of the weekly pattern's. An empty list closes
 * the day (no window starts on it).
 */
public record DayTypeRule(DayType dayType, List<Window> windows) {

    public DayTypeRule {
        Objects.requireNonNull(dayType, "dayType");
        windows = List.copyOf(windows);
    }
}
