package se.larmcentral.core;

import java.util.List;

/**
 * What a command decided: the events to record (possibly none) and the answer to give the submitter once
 * they are durable.
 */
public record Decision<R>(List<DomainEvent> events, R result) {

    public Decision {
        events = List.copyOf(events);
    }

    public static <R> Decision<R> of(R result, DomainEvent... events) {
        return new Decision<>(List.of(events), result);
    }

    public static <R> Decision<R> of(R result, List<? extends DomainEvent> events) {
        return new Decision<>(List.copyOf(events), result);
    }
}
