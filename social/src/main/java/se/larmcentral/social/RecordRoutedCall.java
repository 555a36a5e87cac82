package se.larmcentral.social;

import java.time.Instant;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.Identifier;
import se.larmcentral.core.InvalidInputException;

/**
 * Routes a social call and records its outcome: the decision at the call's instant ({@code request.at()})
 * becomes a {@link CallRouted} event and the answer. A call id is recorded once.
 */
public record RecordRoutedCall(String callId, RouteRequest request) implements Command<SocialState, SocialDecision> {

    @Override
    public Decision<SocialDecision> decide(SocialState state, Instant now) {
        if (callId == null || callId.isBlank()) {
            throw new InvalidInputException("callId", "a routed call needs the call's id");
        }
        Identifier.require("callId", callId);
        if (request == null) {
            throw new InvalidInputException("request", "is missing");
        }
        if (state.callRouted(callId)) {
            throw new ConflictException("callId", "call " + callId + " is already recorded as routed");
        }
        SocialDecision decision = SocialRouter.route(state, request);
        return Decision.of(decision, CallRouted.of(callId, decision));
    }
}
