package se.larmcentral.calls;

import java.time.Instant;

/**
 * The operator's classification of a call.
 *
 * @param crisisTopic     for {@link Classification#CRISIS_INFORMATION_113_13}: the topic the caller asked about; else empty
 * @param crisisMessageId the crisis message the operator read from, or empty
 * @param reason          why the call was reclassified, or null for its first classification
 * @param replaced        the classification this one replaced, or null for the first
 */
public record CallClassification(Classification classification, String note, String crisisTopic,
                                 String crisisMessageId, Instant at, String operator, String reason,
                                 CallClassification replaced) {

    static CallClassification first(Classification classification, String note, String crisisTopic,
                                    String crisisMessageId, Instant at, String operator) {
        return new CallClassification(classification, note, crisisTopic, crisisMessageId, at, operator, null, null);
    }
}
