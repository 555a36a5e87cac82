package se.larmcentral.demo;

import se.larmcentral.core.DomainEvent;

/** Events of the demo loader. */
public sealed interface DemoEvent extends DomainEvent {

    /** Every command of the named demo seed was recorded. */
    record SeedLoaded(String seed) implements DemoEvent {
    }
}
