package se.larmcentral.calls;

import se.larmcentral.core.FreeText;
import se.larmcentral.core.Identifier;
import se.larmcentral.core.InvalidInputException;

/** Checks for ids and short texts given by clients. */
final class Ids {

    private Ids() {
    }

    /** An id in the centre's one alphabet ({@link Identifier}). */
    static String require(String field, String id) {
        return Identifier.require(field, id);
    }

    static String requireText(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is missing");
        }
        return optionalText(field, text, maxLength);
    }

    /** The text stripped, or empty for null; refused when longer than {@code maxLength}. */
    static String optionalText(String field, String text, int maxLength) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidInputException(field, "is longer than " + maxLength + " characters");
        }
        return FreeText.multiLine(field, stripped);
    }

    static String municipalityCode(String field, String code) {
        if (code == null || !code.matches("\\d{4}")) {
            throw new InvalidInputException(field, "must be a four-digit SCB municipality code (e.g. 0180), was '" + (code == null ? null : FreeText.shown(code)) + "'");
        }
        return code;
    }
}
