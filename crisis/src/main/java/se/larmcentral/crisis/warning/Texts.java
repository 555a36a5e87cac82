package se.larmcentral.crisis.warning;

import se.larmcentral.core.FreeText;
import se.larmcentral.core.InvalidInputException;

/** The checks every text of a warning passes: present when required, within its length, no hidden characters. */
final class Texts {

    private Texts() {
    }

    static String required(String field, String text, int max, boolean lines) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is missing");
        }
        return optional(field, text, max, lines);
    }

    static String optional(String field, String text, int max, boolean lines) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.strip();
        if (clean.length() > max) {
            throw new InvalidInputException(field, "is " + clean.length() + " characters; at most " + max);
        }
        return lines ? FreeText.multiLine(field, clean) : FreeText.singleLine(field, clean);
    }
}
