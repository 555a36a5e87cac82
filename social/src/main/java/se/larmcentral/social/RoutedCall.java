package se.larmcentral.social;

import java.time.Instant;

import se.larmcentral.core.PhoneNumber;

/**
 * A social call's decision as it was recorded ({@link CallRouted}): what a retry or a reader links to, never a new
 * routing against today's agreements.
 *
 * @param at         the instant the decision was taken for
 * @param number     FORWARD: where the call was connected, else {@code null}
 * @param targetName FORWARD: the jour's or the person's name, else {@code null}
 */
public record RoutedCall(String callId, String municipality, Channel channel, PhoneNumber directNumber, Instant at,
                         Outcome outcome, Basis basis, PhoneNumber number, TargetKind targetKind, String targetName,
                         String agreementId, String rule) {

    static RoutedCall of(CallRouted e) {
        return new RoutedCall(e.callId(), e.municipality(), e.channel(), e.directNumber(), e.at(), e.outcome(),
                e.basis(), e.number(), e.targetKind(), e.targetName(), e.agreementId(), e.rule());
    }

    /** The outcome in a line: {@code FORWARD to 08-465 004 70 (Socialjour Ekerö)}, {@code NOT_AVAILABLE}. */
    public String summary() {
        return outcome + (number != null ? " to " + number.national() : "")
                + (targetName != null && !targetName.isBlank() ? " (" + targetName + ")" : "");
    }
}
