package se.larmcentral.journal;

import se.larmcentral.core.ConflictException;
import se.larmcentral.core.FreeText;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;

/** What setting a row aside requires, the same for every journal. */
final class QuarantineRules {

    private QuarantineRules() {
    }

    static void requireAllowed(long sequence, boolean exists, boolean alreadySetAside) {
        if (!exists) {
            throw new NotFoundException("sequence", "the journal has no row with sequence number " + sequence);
        }
        if (alreadySetAside) {
            throw new ConflictException("sequence", "row " + sequence + " is already quarantined");
        }
    }

    /** The reason a person gives: required, one line, at most 1000 characters. */
    static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "is missing; say why the row is set aside");
        }
        String stripped = reason.strip();
        if (stripped.length() > 1000) {
            throw new InvalidInputException("reason", "is longer than 1000 characters");
        }
        return FreeText.singleLine("reason", stripped);
    }
}
