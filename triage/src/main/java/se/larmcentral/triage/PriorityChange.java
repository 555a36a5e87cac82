package se.larmcentral.triage;

import java.time.Instant;

/**
 * One decision on a case's priority, for its history.
 *
 * @param from 0 when it is the first decision
 * @param by   id of the actor who made it
 */
public record PriorityChange(Instant at, Kind kind, String code, int from, int to, String reason, String by) {

    public enum Kind { CONFIRMED, OVERRIDDEN, REPRIORITISED }
}
