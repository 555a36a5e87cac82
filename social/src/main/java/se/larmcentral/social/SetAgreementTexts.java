package se.larmcentral.social;

import java.time.Instant;

import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;

/**
 * Sets an extended agreement's texts: the municipality's own message for callers outside its set times, and the
 * written instructions to the operator. A text left out (null) stays as it is; a blank one is refused naming it (an
 * agreement with set times always needs its message, and an empty instruction helps no operator). Answers the
 * agreement's id.
 */
public record SetAgreementTexts(String agreementId, String message, String instructions)
        implements Command<SocialState, String> {

    /** What a caller hears read out or an operator reads in one glance; longer is a document, not a message. */
    public static final int MAX_MESSAGE = 1_000;
    public static final int MAX_INSTRUCTIONS = 4_000;

    @Override
    public Decision<String> decide(SocialState state, Instant now) {
        Agreement a = state.requireAgreement("agreementId", agreementId);
        if (message == null && instructions == null) {
            throw new InvalidInputException("message", "give message or instructions (or both); a text left out stays as it is");
        }
        String newMessage = message == null ? a.message() : text("message", message, MAX_MESSAGE);
        String newInstructions = instructions == null ? a.instructions() : text("instructions", instructions, MAX_INSTRUCTIONS);
        if (a.kind() != AgreementKind.EXTENDED) {
            throw new InvalidInputException(message != null ? "message" : "instructions",
                    "is an add-on service; agreement " + a.id() + " is BASIC");
        }
        Agreement changed = a.withTexts(newMessage, newInstructions);
        AgreementRules.requireReachable(changed, state.requireJour("jourId", a.jourId()));
        return Decision.of(a.id(), new AgreementTextsSet(a.id(), newMessage, newInstructions));
    }

    private static String text(String field, String value, int most) {
        String text = value.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, "is blank; write the text, or leave " + field + " out to keep the current one");
        }
        if (text.length() > most) {
            throw new InvalidInputException(field, "is " + text.length() + " characters; at most " + most);
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidInputException(field, "contains control characters; write plain text (line breaks are fine)");
        }
        return text;
    }
}
