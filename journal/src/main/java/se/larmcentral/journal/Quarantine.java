package se.larmcentral.journal;

import java.time.Instant;

/**
 * A journal row set aside (quarantined): kept, never deleted, but no longer replayed or served. Who did it, from which
 * host, when and why is kept with it.
 */
public record Quarantine(long sequence, String reason, String by, String host, Instant at) {
}
