package se.larmcentral.calls;

import java.time.Instant;

/** A reported position as attached to a call: what was reported, the municipality found for it, when it arrived. */
public record PositionReport(ReportedPosition position, MunicipalityLocation located, Instant receivedAt) {
}
