package se.larmcentral.social;

/** An agreement was signed (with its schedule and one-off changes as given). */
public record AgreementAdded(Agreement agreement) implements SocialEvent {
}
