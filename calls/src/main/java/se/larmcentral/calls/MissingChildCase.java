package se.larmcentral.calls;

import java.time.Instant;

/**
 * A 116 000 report taken on a call and, once done, its hand-over to the responsible organisation.
 *
 * @param handOver null until handed over
 */
public record MissingChildCase(String callId, MissingChildReport report, Instant reportedAt, String reportedBy,
                               HandOver handOver) {

    /** The hand-over of the report: to whom, when, by which operator. */
    public record HandOver(ResponsibleOrganisation organisation, Instant at, String operator) {
    }

    public boolean handedOver() {
        return handOver != null;
    }
}
