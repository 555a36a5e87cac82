package se.larmcentral.calls;

import java.time.Instant;

/**
 * The answer to a command on a call, once its events are durable: the call, its state afterwards, when, and what
 * was done in words (for the operator and the log).
 *
 * @param recorded false when nothing new was recorded (a repeated intake or link)
 */
public record CallUpdate(String callId, CallState state, Instant at, boolean recorded, String explanation) {
}
