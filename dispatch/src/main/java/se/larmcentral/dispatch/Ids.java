package se.larmcentral.dispatch;

import se.larmcentral.core.InvalidInputException;

/** The one rule for identifiers of stations, units, hospitals and incidents. */
final class Ids {

    private Ids() {
    }

    /** Letters, digits, '-', '_', '.' and ':' , 1 to 64 characters. */
    static String require(String field, String id) {
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}")) {
            throw new InvalidInputException(field, "must be 1-64 letters, digits, '-', '_', '.' or ':', was '" + id + "'");
        }
        return id;
    }
}
