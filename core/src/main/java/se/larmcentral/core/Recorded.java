package se.larmcentral.core;

import java.time.Instant;

/**
 * An event as the journal holds it: its place in the order, when and by whom it was caused.
 *
 * @param sequence position in the centre's journal, starting at 1, without gaps
 * @param at       the instant the command that caused it was decided
 * @param actor    who caused it
 * @param event    what happened
 */
public record Recorded(long sequence, Instant at, Actor actor, DomainEvent event) {
}
