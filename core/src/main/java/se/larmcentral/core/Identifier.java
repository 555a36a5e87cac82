package se.larmcentral.core;

import java.util.regex.Pattern;

/**
 * The one rule for every id a client gives (call, incident, unit, station, hospital, case, jour, message ids, and a
 * transfer's number as a call's link): it starts with an ASCII letter, a digit or {@code +} and goes on with letters, digits and {@code . _ - : @ +}, at most
 * {@value #MAX_LENGTH} characters, and never holds {@code ..}. So no control, bidirectional or zero-width
 * character, no space and no path ({@code ../}) can reach the journal, a log line or a file name through an id.
 */
public final class Identifier {

    public static final int MAX_LENGTH = 100;
    private static final Pattern ALPHABET = Pattern.compile("[A-Za-z0-9+][A-Za-z0-9._:@+-]*");
    /** What {@link #ALPHABET} allows, as the refusal says it. */
    public static final String RULE = "letters A-Z, digits and . _ - : @ + (starting with a letter, a digit or +), at most "
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

    /**
     * An id made of {@link #require} ids joined by {@code /}, as the centre generates some keys ({@code 0125/2025-01-01},
     * an agreement's municipality and start); at most {@value #MAX_LENGTH} characters. What the centre's event check
     * holds every stored id to; ids a client gives use {@link #require} (they travel in URL paths).
     */
    public static String requireSegments(String field, String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException(field, "is missing");
        }
        for (String segment : id.split("/", -1)) {
            if (segment.isEmpty() || !isValid(segment)) {
                throw new InvalidInputException(field, "must be an id of " + RULE + " (or such ids joined by /), was '"
                        + FreeText.shown(id) + "'");
            }
        }
        if (id.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "is longer than " + MAX_LENGTH + " characters");
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
