package se.larmcentral.social;

/** A dated row was added to the no-agreement policy. */
public record NoAgreementPolicyAdded(NoAgreementPolicy row) implements SocialEvent {
}
