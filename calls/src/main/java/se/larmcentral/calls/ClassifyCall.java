package se.larmcentral.calls;

import se.larmcentral.calls.CallEvent.CallClassified;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;

import java.time.Instant;

/**
 * The operator classifies an answered call. A 113 13 information call names the topic asked about (and, if the
 * operator read from one, the crisis message); other classifications carry no topic. Classifying twice is refused.
 *
 * @param note            free text for the record; may be null
 * @param crisisTopic     required for {@link Classification#CRISIS_INFORMATION_113_13}, refused otherwise
 * @param crisisMessageId the crisis message read from (must be valid now), or null
 */
public record ClassifyCall(String callId, Classification classification, String note, String crisisTopic,
                           String crisisMessageId) implements Command<CallsState, CallUpdate> {

    public static ClassifyCall as(String callId, Classification classification) {
        return new ClassifyCall(callId, classification, null, null, null);
    }

    @Override
    public Decision<CallUpdate> decide(CallsState state, Instant now) {
        if (classification == null) {
            throw new InvalidInputException("classification", "is missing");
        }
        CallRules.transition(state, callId, CallState.CLASSIFIED);
        String cleanNote = Ids.optionalText("note", note, 1000);
        CrisisReference crisis = CrisisReference.check(state, classification, crisisTopic, crisisMessageId, now);
        String topic = crisis.topic();
        String messageId = crisis.messageId();
        return Decision.of(new CallUpdate(callId, CallState.CLASSIFIED, now, true,
                        "classified as " + classification + (topic.isEmpty() ? "" : " (topic: " + topic + ")")),
                new CallClassified(callId, classification, cleanNote, topic, messageId, now));
    }
}
