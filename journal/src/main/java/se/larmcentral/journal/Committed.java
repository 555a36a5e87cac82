package se.larmcentral.journal;

import se.larmcentral.core.Recorded;

/** An event that has just become durable: as the domain sees it and as the journal stored it. */
public record Committed(Recorded recorded, StoredEvent stored) {
}
