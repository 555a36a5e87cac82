package se.larmcentral.centre.social;

import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.social.RecordRoutedCall;
import se.larmcentral.social.RouteRequest;
import se.larmcentral.social.SocialDecision;

import java.time.Instant;

/** The social router's decision recorded for a call the centre has: a decision for an unknown call id is refused. */
public record RecordCallDecision(String callId, RouteRequest request) implements Command<CentreState, SocialDecision> {

    @Override
    public Decision<SocialDecision> decide(CentreState state, Instant now) {
        // the request's own faults first (a bad id, an unknown municipality), then whether the call exists
        Decision<SocialDecision> decided = new RecordRoutedCall(callId, request).decide(state.social(), now);
        state.calls().requireCall("callId", callId);
        return decided;
    }
}
