package se.larmcentral.social;

import java.time.Instant;

/**
 * An interval in which a social call would reach nobody from the municipality's jour: outside the set times,
 * closed by a one-off change, a roster gap (with its fallback), or no agreement.
 *
 * @param start    first instant of the gap
 * @param end      first instant after it
 * @param basis    why: OUTSIDE_WINDOWS, ONE_OFF_CLOSED, ROSTER_GAP, NO_AGREEMENT
 * @param outcome  what a caller gets meanwhile
 * @param fallback what happens instead, as text (the fallback number, the message)
 */
public record CoverageGap(Instant start, Instant end, Basis basis, Outcome outcome, String fallback) {
}
