package se.larmcentral.social;

/** A one-off change was added to an extended agreement. */
public record OneOffChangeAdded(String agreementId, OneOffChange change) implements SocialEvent {
}
