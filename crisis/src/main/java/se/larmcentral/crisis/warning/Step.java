package se.larmcentral.crisis.warning;

import java.time.Instant;

/** Who took a lifecycle step and when (kept for the record: drafted, approved, published, updated, cancelled). */
public record Step(String by, Instant at) {
}
