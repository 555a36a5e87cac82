package se.larmcentral.social;

/** A one-off change was withdrawn. */
public record OneOffChangeRemoved(String agreementId, String changeId) implements SocialEvent {
}
