package se.larmcentral.social;

/** A customer whose on-call line the centre answers was registered. */
public record CustomerDefined(Customer customer) implements SocialEvent {
}
