package se.larmcentral.core;

import java.util.regex.Pattern;

/**
 * The one rule for every id a client gives (call, incident, unit, station, hospital, case, jour, message ids): it
 * starts with an ASCII letter or digit and goes on with letters, digits and {@code . _ - : @ +}, at most
 * {@value #MAX_LENGTH} characters, and never holds {@code ..}. So no control, bidirectional or zero-width
 * character, no space and no path ({@code ../}) can reach the journal, a log line or a file name through an id.
 */
public final class Identifier {

    public static final int MAX_LENGTH = 100;
    private static final Pattern ALPHABET = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@+-]*");
    /** What {@link #ALPHABET} allows, as the refusal says it. */
    public static final String RULE = "letters A-Z, digits and . _ - : @ + (starting with a letter or digit), at most "
            + MAX_LENGTH + " characters";

    private Identifier() {
    }

    /** The id, or a refusal naming {@code field} and what is wrong with it. */
    public static String require(String field, String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException(field, "is missing");
        }
        if (id.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "is longer than " + MAX_LENGTH + " characters");
        }
        if (!id.equals(id.strip())) {
            throw new InvalidInputException(field, "must not start or end with spaces, was '" + FreeText.shown(id) + "'");
        }
        if (!ALPHABET.matcher(id).matches() || id.contains("..")) {
            throw new InvalidInputException(field, "must be an id of " + RULE + ", was '" + FreeText.shown(id) + "'");
        }
        return id;
    }

    /** Null stays null; anything else must be an id. */
    public static String optional(String field, String id) {
        return id == null ? null : require(field, id);
    }

    /** Whether {@link #require} accepts it. */
    public static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && ALPHABET.matcher(id).matches() && !id.contains("..");
    }
}
