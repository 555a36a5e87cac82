package se.larmcentral.journal;

import java.time.Instant;

/**
 * One journal row as stored: what the events API and the event stream serve.
 *
 * @param payload the event as JSON
 */
public record StoredEvent(long sequence, String type, int version, Instant at, String actorId, String actorKind,
                          String payload) {
}
