package se.larmcentral.calls;

import java.time.Instant;

/**
 * One step in a call's life: from which state to which, when and by whom (the journal's actor).
 * The first step of every call has {@code from == null} (it entered the queue).
 */
public record CallTransition(CallState from, CallState to, Instant at, String operator) {
}
