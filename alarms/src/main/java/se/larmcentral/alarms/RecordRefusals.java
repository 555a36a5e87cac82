package se.larmcentral.alarms;

import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;

import java.time.Instant;

/** Records one summary of the frames refused from one transmitter address. */
public record RecordRefusals(AlarmEvent.MessagesRefused summary) implements Command<CentreState, Void> {

    @Override
    public Decision<Void> decide(CentreState state, Instant now) {
        return Decision.of(null, summary);
    }
}
