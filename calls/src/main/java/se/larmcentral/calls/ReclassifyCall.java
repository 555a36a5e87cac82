package se.larmcentral.calls;

import se.larmcentral.calls.CallEvent.CallReclassified;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;

import java.time.Instant;
import java.util.EnumSet;

/**
 * The operator corrects the classification of a call still in hand (a social call that turns out to be a care call,
 * a care call that was a social emergency), with a reason. The earlier classification stays on the call as the one
 * replaced; the call keeps its state. A handled call keeps the classification its outcome was given under.
 *
 * @param note            free text for the record; may be null
 * @param crisisTopic     required for {@link Classification#CRISIS_INFORMATION_113_13}, refused otherwise
 * @param crisisMessageId the crisis message read from (must be valid now), or null
 */
public record ReclassifyCall(String callId, Classification classification, String reason, String note,
                             String crisisTopic, String crisisMessageId) implements Command<CallsState, CallUpdate> {

    @Override
    public Decision<CallUpdate> decide(CallsState state, Instant now) {
        if (classification == null) {
            throw new InvalidInputException("classification", "is missing");
        }
        Call call = CallRules.requireState(state, callId, EnumSet.of(CallState.CLASSIFIED), "reclassify it");
        String why = Ids.requireText("reason", reason, 500);
        Classification from = call.classification().classification();
        if (from == classification) {
            throw new ConflictException("classification", "call " + callId + " is already classified as "
                    + classification);
        }
        String cleanNote = Ids.optionalText("note", note, 1000);
        CrisisReference crisis = CrisisReference.check(state, classification, crisisTopic, crisisMessageId, now);
        return Decision.of(new CallUpdate(callId, CallState.CLASSIFIED, now, true,
                        "reclassified from " + from + " to " + classification + ": " + why),
                new CallReclassified(callId, from, classification, why, cleanNote, crisis.topic(), crisis.messageId(),
                        now));
    }
}
