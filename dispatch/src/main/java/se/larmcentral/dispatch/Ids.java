package se.larmcentral.dispatch;

import se.larmcentral.core.Identifier;
import se.larmcentral.core.InvalidInputException;

/** Identifiers of stations, units, hospitals and incidents: the centre's {@link Identifier}, at most 64 characters (boards show them). */
final class Ids {

    private Ids() {
    }

    static String require(String field, String id) {
        Identifier.require(field, id);
        if (id.length() > 64) {
            throw new InvalidInputException(field, "is longer than 64 characters");
        }
        return id;
    }
}
