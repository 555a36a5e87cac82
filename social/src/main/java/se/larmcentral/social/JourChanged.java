package se.larmcentral.social;

/** A jour's details changed; every municipality it serves follows. */
public record JourChanged(Jour jour) implements SocialEvent {
}
