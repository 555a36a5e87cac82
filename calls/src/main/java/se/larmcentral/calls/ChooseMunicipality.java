package se.larmcentral.calls;

import se.larmcentral.calls.CallEvent.MunicipalityChosen;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;

import java.time.Instant;

/**
 * The operator chooses the municipality (no position, no boundaries configured) or corrects the located one;
 * the located municipality is kept beside the choice. A later choice replaces an earlier one (both are in the journal).
 */
public record ChooseMunicipality(String callId, String code, String name, String reason)
        implements Command<CallsState, CallUpdate> {

    @Override
    public Decision<CallUpdate> decide(CallsState state, Instant now) {
        String validCode = Ids.municipalityCode("code", code);
        String validName = Ids.requireText("name", name, 100);
        String text = Ids.optionalText("reason", reason, 500);
        Call call = CallRules.requireState(state, callId, CallRules.IN_HAND, "choose the municipality");
        String located = call.municipalityCode().orElse(null);
        String explanation = "municipality set to " + validCode + " " + validName
                + (located == null ? "" : located.equals(validCode) ? " (as located)" : " (was " + located + ")");
        return Decision.of(new CallUpdate(callId, call.state(), now, true, explanation),
                new MunicipalityChosen(callId, validCode, validName, text, now));
    }
}
