package se.larmcentral.calls;

import se.larmcentral.calls.CallEvent.CaseLinked;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;

import java.time.Instant;
import java.util.EnumSet;

/**
 * Records on a classified call what another part of the centre made of it: the triage assessment and the dispatch
 * incident of a care call, the social router's decision (its id and outcome summary) of a social call, a transfer.
 * The same link again records nothing, so a retried orchestration is harmless.
 *
 * @param reference the other module's id, or for a transfer the number transferred to
 * @param summary   plain text (the social decision's outcome summary); may be null
 */
public record LinkCase(String callId, CaseLinkKind kind, String reference, String summary)
        implements Command<CallsState, CallUpdate> {

    @Override
    public Decision<CallUpdate> decide(CallsState state, Instant now) {
        if (kind == null) {
            throw new InvalidInputException("kind", "is missing");
        }
        String ref = Ids.require("reference", reference);
        String text = Ids.optionalText("summary", summary, 2000);
        Call call = CallRules.requireState(state, callId, EnumSet.of(CallState.CLASSIFIED), "record a " + kind + " link");
        Classification classification = call.classification().classification();
        if (!classification.allows(kind)) {
            throw new ConflictException("kind", "call " + callId + " is classified " + classification
                    + ", which takes no " + kind + " link");
        }
        boolean known = call.links().stream().anyMatch(l -> l.kind() == kind && l.reference().equals(ref));
        if (known) {
            return Decision.of(new CallUpdate(callId, call.state(), now, false,
                    kind + " " + ref + " was already linked; nothing recorded"));
        }
        return Decision.of(new CallUpdate(callId, call.state(), now, true, kind + " " + ref + " linked"),
                new CaseLinked(callId, kind, ref, text, now));
    }
}
