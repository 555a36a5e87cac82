package se.larmcentral.journal;

import se.larmcentral.core.DomainEvent;

/** Events of the journal's own tests: a command writes {@code of} parts, numbered from 0. */
sealed interface TestEvent extends DomainEvent {

    record Part(String commandId, int index, int of) implements TestEvent {
    }
}
