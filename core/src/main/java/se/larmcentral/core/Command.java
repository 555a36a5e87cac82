package se.larmcentral.core;

import java.time.Instant;
import java.util.function.Function;

/**
 * A request to change state. Validated against the current state at an explicit instant, it either throws a
 * {@link DomainException} (nothing is recorded) or returns the events to record and the answer.
 * Must not mutate the state: the command loop applies the returned events.
 *
 * @param <S> the state it decides on
 * @param <R> the answer given once the events are durable
 */
@FunctionalInterface
public interface Command<S, R> {

    Decision<R> decide(S state, Instant now);

    /** The same command, deciding on a part of a larger state (a module's state inside the centre's). */
    default <T> Command<T, R> on(Function<T, S> part) {
        return (whole, now) -> decide(part.apply(whole), now);
    }
}
