package se.larmcentral.social;

import se.larmcentral.core.PhoneNumber;

/**
 * A direct number no longer belongs to any municipality.
 *
 * @param municipality the municipality it was taken from (who the change concerns); null in events recorded before
 *                     it was kept
 */
public record DirectNumberRemoved(PhoneNumber number, String municipality) implements SocialEvent {
}
