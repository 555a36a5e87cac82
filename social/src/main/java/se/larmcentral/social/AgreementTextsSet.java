package se.larmcentral.social;

/**
 * An extended agreement's texts were set: the message callers hear outside its set times and the written instructions
 * to the operator, both as they stand afterwards (a text not changed is recorded as it was).
 */
public record AgreementTextsSet(String agreementId, String message, String instructions) implements SocialEvent {
}
