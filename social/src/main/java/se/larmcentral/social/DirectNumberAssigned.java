package se.larmcentral.social;

/** A direct number into the centre now belongs to a municipality. */
public record DirectNumberAssigned(DirectNumber directNumber) implements SocialEvent {
}
