package se.larmcentral.calls;

import se.larmcentral.calls.CallEvent.CrisisMessageWithdrawn;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.NotFoundException;

import java.time.Instant;

/** Withdraws a crisis message before its validity ends (outdated, wrong); it is kept for the record. */
public record WithdrawCrisisMessage(String messageId, String reason)
        implements Command<CallsState, CrisisMessageWithdrawn> {

    @Override
    public Decision<CrisisMessageWithdrawn> decide(CallsState state, Instant now) {
        String id = Ids.require("messageId", messageId);
        String text = Ids.requireText("reason", reason, 500);
        CrisisMessage message = state.crisisMessage(id).orElseThrow(() ->
                new NotFoundException("messageId", "unknown crisis message '" + id + "'"));
        if (message.withdrawnAt() != null) {
            throw new ConflictException("messageId", "crisis message " + id + " was already withdrawn at "
                    + message.withdrawnAt());
        }
        CrisisMessageWithdrawn event = new CrisisMessageWithdrawn(id, text, now);
        return Decision.of(event, event);
    }
}
