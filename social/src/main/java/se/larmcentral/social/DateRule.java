package se.larmcentral.social;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * On this date, these windows start instead of any other rule's. An empty list closes the day. Takes
 * precedence over day-type rules.
 */
public record DateRule(LocalDate date, List<Window> windows) {

    public DateRule {
        Objects.requireNonNull(date, "date");
        windows = List.copyOf(windows);
    }
}
