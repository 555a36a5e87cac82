package se.larmcentral.calls;

import java.time.Instant;

/**
 * The operator's classification of a call.
 *
 * @param crisisTopic     for {@link Classification#CRISIS_INFORMATION_113_13}: the topic the caller asked about; else empty
 * @param crisisMessageId the crisis message the operator read from, or empty
 */
public record CallClassification(Classification classification, String note, String crisisTopic,
                                 String crisisMessageId, Instant at, String operator) {
}
