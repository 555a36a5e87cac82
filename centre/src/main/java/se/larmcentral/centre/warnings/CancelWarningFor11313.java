package se.larmcentral.centre.warnings;

import se.larmcentral.calls.WithdrawCrisisMessage;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.crisis.warning.CancelWarning;
import se.larmcentral.crisis.warning.PublicWarning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Cancels a public message and, in the same commit, withdraws its 113 13 crisis message when it has one. */
public record CancelWarningFor11313(String identifier, String cancelIdentifier, String reason, String cancelledBy)
        implements Command<CentreState, PublicWarning> {

    @Override
    public Decision<PublicWarning> decide(CentreState state, Instant now) {
        Decision<PublicWarning> cancelled = new CancelWarning(identifier, cancelIdentifier, reason, cancelledBy)
                .decide(state.warnings(), now);
        List<DomainEvent> events = new ArrayList<>(cancelled.events());
        String id = cancelled.result().identifier();
        if (state.calls().crisisMessage(id).filter(m -> m.withdrawnAt() == null).isPresent()) {
            events.addAll(new WithdrawCrisisMessage(id, cancelled.result().cancelReason()).decide(state.calls(), now).events());
        }
        return Decision.of(cancelled.result(), events);
    }
}
