package se.larmcentral.social;

/** A jour was defined. */
public record JourDefined(Jour jour) implements SocialEvent {
}
