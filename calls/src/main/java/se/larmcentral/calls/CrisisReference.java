package se.larmcentral.calls;

import se.larmcentral.core.SwedishTime;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;

import java.time.Instant;

/**
 * What a classification says of the crisis information read to the caller: for a 113 13 information call the topic
 * asked about (required) and the crisis message read from (optional, valid at the instant); empty for any other
 * classification, which may carry neither.
 */
record CrisisReference(String topic, String messageId) {

    static CrisisReference check(CallsState state, Classification classification, String crisisTopic,
                                 String crisisMessageId, Instant now) {
        if (classification != Classification.CRISIS_INFORMATION_113_13) {
            if ((crisisTopic != null && !crisisTopic.isBlank()) || (crisisMessageId != null && !crisisMessageId.isBlank())) {
                throw new InvalidInputException("crisisTopic", "belongs only to a " + Classification.CRISIS_INFORMATION_113_13
                        + " call, not to " + classification);
            }
            return new CrisisReference("", "");
        }
        String topic = Ids.requireText("crisisTopic", crisisTopic, 100);
        if (crisisMessageId == null || crisisMessageId.isBlank()) {
            return new CrisisReference(topic, "");
        }
        CrisisMessage message = state.crisisMessage(crisisMessageId).orElseThrow(() ->
                new NotFoundException("crisisMessageId", "unknown crisis message '" + crisisMessageId + "'"));
        if (!message.validAt(now)) {
            throw new ConflictException("crisisMessageId", "crisis message " + crisisMessageId
                    + " is not valid now (valid " + SwedishTime.text(message.validFrom()) + " to " + SwedishTime.text(message.validTo())
                    + (message.withdrawnAt() != null ? ", withdrawn " + SwedishTime.text(message.withdrawnAt()) : "") + ")");
        }
        return new CrisisReference(topic, crisisMessageId);
    }
}
