package se.larmcentral.social;

import java.time.Instant;

import se.larmcentral.core.PhoneNumber;

/** A social call was routed; its outcome, as decided at {@code at}. */
public record CallRouted(String callId, String municipality, Channel channel, PhoneNumber directNumber, Instant at,
                         Outcome outcome, Basis basis, PhoneNumber number, TargetKind targetKind, String targetName,
                         String agreementId, String rule) implements SocialEvent {

    static CallRouted of(String callId, SocialDecision d) {
        return new CallRouted(callId, d.municipality(), d.channel(), d.directNumber(), d.at(), d.outcome(), d.basis(),
                d.number(), d.targetKind(), d.targetName(), d.agreementId(), d.rule());
    }
}
