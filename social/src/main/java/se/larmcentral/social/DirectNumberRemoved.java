package se.larmcentral.social;

import se.larmcentral.core.PhoneNumber;

/** A direct number no longer belongs to any municipality. */
public record DirectNumberRemoved(PhoneNumber number) implements SocialEvent {
}
