package se.larmcentral.centre.lines;

import se.larmcentral.calls.CallState;
import se.larmcentral.core.DomainEvent;

/** What the centre records about a call's telephone line itself (linjen), apart from the call's life. */
public sealed interface LineEvent extends DomainEvent {

    /**
     * The call's telephone line was lost: the process that held its SIP dialog stopped (a restart, a takeover by
     * another node) while the call was {@code state}. {@code reason} in words for the operator.
     */
    record LineLost(String callId, CallState state, String reason) implements LineEvent {
    }
}
