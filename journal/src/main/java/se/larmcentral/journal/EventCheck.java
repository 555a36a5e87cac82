package se.larmcentral.journal;

import se.larmcentral.core.DomainEvent;

import java.time.Instant;

/**
 * A last look at each event a command decided, before any of that command's events is applied or recorded: a
 * {@link se.larmcentral.core.DomainException} refuses the whole command and nothing is recorded.
 */
@FunctionalInterface
public interface EventCheck {

    EventCheck NONE = (event, now) -> {
    };

    void check(DomainEvent event, Instant now);
}
