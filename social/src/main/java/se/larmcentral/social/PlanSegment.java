package se.larmcentral.social;

import java.time.Instant;

/** An interval [start, end) of real time in which every social call of a municipality gets the same decision. */
public record PlanSegment(Instant start, Instant end, SocialDecision decision) {
}
