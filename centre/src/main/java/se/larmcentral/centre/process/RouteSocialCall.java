package se.larmcentral.centre.process;

import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallUpdate;
import se.larmcentral.calls.CaseLinkKind;
import se.larmcentral.calls.LinkCase;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.social.Channel;
import se.larmcentral.social.RecordRoutedCall;
import se.larmcentral.social.RouteRequest;
import se.larmcentral.social.RoutedCall;
import se.larmcentral.social.SocialDecision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The step of a social call: the social router's decision at the instant of the classification, recorded
 * ({@code social.CallRouted}, keyed by the call id) and linked on the call with the words for the caller and the
 * operator's instructions, in one commit. A decision already recorded for the call is linked as it was, never
 * routed again against today's agreements.
 */
public record RouteSocialCall(String callId) implements Command<CentreState, FollowUp> {

    @Override
    public Decision<FollowUp> decide(CentreState state, Instant now) {
        Call call = state.calls().requireCall("callId", callId);
        Optional<RoutedCall> recorded = state.social().routedCall(callId);
        List<DomainEvent> events = new ArrayList<>();
        String municipality;
        String summary;
        if (recorded.isPresent()) {
            municipality = recorded.get().municipality();
            summary = recorded.get().summary() + " (as recorded for " + SwedishTime.text(recorded.get().at()) + ")";
        } else {
            Decision<SocialDecision> routed = new RecordRoutedCall(callId, request(state, call)).decide(state.social(), now);
            events.addAll(routed.events());
            SocialDecision decision = routed.result();
            municipality = decision.municipality();
            summary = summary(decision);
        }
        Decision<CallUpdate> link = new LinkCase(callId, CaseLinkKind.SOCIAL_DECISION, callId, summary)
                .decide(state.calls(), now);
        events.addAll(link.events());
        return Decision.of(new FollowUp(FollowUp.SOCIAL, recorded.isPresent() ? FollowUp.Done.ALREADY_PRESENT
                : FollowUp.Done.STARTED, callId, link.result().recorded(),
                "social decision for " + (state.social().customer(municipality).isPresent() ? "the on-call line of customer "
                        : "municipality ") + municipality + ": " + summary), events);
    }

    /** The decision in the operator's words: where the call goes, what to tell the caller, the jour's instructions. */
    static String summary(SocialDecision decision) {
        String text = decision.outcome() + (decision.number() != null ? " to " + decision.number().national() : "")
                + (decision.message() != null ? ": " + decision.message() : "")
                + (decision.instructions() != null && !decision.instructions().isBlank()
                ? " Instructions: " + decision.instructions() : "");
        return text.length() <= MAX_SUMMARY ? text : text.substring(0, MAX_SUMMARY - 1) + "…";
    }

    /** The most a link on a call holds. */
    private static final int MAX_SUMMARY = 2000;

    /**
     * The routing question, at the instant of the classification: a direct-number call goes by its number (the
     * municipality the number belongs to) unless the operator chose a municipality; any other call by the
     * municipality chosen or corrected, else located.
     */
    private static RouteRequest request(CentreState state, Call call) {
        Instant at = call.classification().at();
        boolean chosen = call.position().chosen() != null;
        if (call.line().directNumber() != null && !chosen) {
            PhoneNumber number = call.line().directNumber();
            if (state.social().directNumber(number).isPresent()) {
                return new RouteRequest(null, number, Channel.DIRECT_NUMBER, at);
            }
            // a number removed since the call came in: its municipality's (a customer's line has none)
            String owner = call.line().municipalityCode() != null ? call.line().municipalityCode() : requireMunicipality(call);
            return new RouteRequest(owner, null, Channel.DIRECT_NUMBER, at);
        }
        return new RouteRequest(requireMunicipality(call), null, call.line().directNumber() != null
                ? Channel.DIRECT_NUMBER : Channel.EMERGENCY_112, at);
    }

    /**
     * Refuses to make {@code call} a social call when the router could not place it: no direct number, no municipality
     * located, chosen or corrected. Checked before the classification is recorded, so a refusal records nothing.
     */
    static void requireRoutable(Call call) {
        boolean byNumber = call.line().directNumber() != null && call.position().chosen() == null;
        if (!byNumber && call.municipalityCode().isEmpty()) {
            throw new ConflictException("municipality", "call " + call.id() + " has no municipality (no position"
                    + " located, none chosen): choose the caller's municipality first (POST /api/calls/" + call.id()
                    + "/municipality); the call is not classified as social until then");
        }
    }

    private static String requireMunicipality(Call call) {
        return call.municipalityCode().orElseThrow(() -> new ConflictException("municipality",
                "call " + call.id() + " has no municipality (no position located, none chosen): choose it with"
                        + " POST /api/calls/" + call.id() + "/municipality"));
    }
}
