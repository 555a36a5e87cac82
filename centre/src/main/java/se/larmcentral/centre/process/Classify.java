package se.larmcentral.centre.process;

import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallUpdate;
import se.larmcentral.calls.Classification;
import se.larmcentral.calls.ClassifyCall;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;

import java.time.Instant;

/**
 * The operator's classification as the centre takes it: refused as a whole, with nothing recorded, when the
 * process it starts could not run (a social call the router cannot place), rather than recorded and then stuck.
 */
public record Classify(ClassifyCall command) implements Command<CentreState, CallUpdate> {

    @Override
    public Decision<CallUpdate> decide(CentreState state, Instant now) {
        Decision<CallUpdate> classified = command.decide(state.calls(), now);
        if (command.classification() == Classification.SOCIAL) {
            Call call = state.calls().requireCall("callId", command.callId());
            RouteSocialCall.requireRoutable(call);
        }
        return classified;
    }
}
