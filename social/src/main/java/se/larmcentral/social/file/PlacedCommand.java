package se.larmcentral.social.file;

import se.larmcentral.core.Command;
import se.larmcentral.social.SocialState;

/** A command made from a configuration file, with the place in the file it came from (for error messages). */
public record PlacedCommand(String place, Command<SocialState, ?> command) {
}
