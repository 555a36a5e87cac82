package se.larmcentral.core;

/**
 * The characters free text (notes, outcomes, reasons, names, messages) may hold: no control characters but the
 * line breaks and tab of multi-line text, and no bidirectional-override or zero-width characters, which make a text
 * read differently from what it holds (a note shown to the next operator, an audit line). Unpaired surrogates are
 * refused too: they cannot be stored as UTF-8.
 */
public final class FreeText {

    private FreeText() {
    }

    /** A one-line text: refused with the field named when it holds any character {@link #refused} names, or a line break. */
    public static String singleLine(String field, String text) {
        return check(field, text, false);
    }

    /** A text that may span lines ({@code \n}, {@code \r}, tab allowed). */
    public static String multiLine(String field, String text) {
        return check(field, text, true);
    }

    private static String check(String field, String text, boolean lines) {
        if (text == null) {
            return null;
        }
        String why = refused(text, lines);
        if (why != null) {
            throw new InvalidInputException(field, why);
        }
        return text;
    }

    /** Why the text is refused, or null when it is fine. */
    public static String refused(String text, boolean lines) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            String what = describe(c, lines);
            if (what != null) {
                return "holds " + what + " at position " + (i + 1) + "; remove it";
            }
        }
        return null;
    }

    private static String describe(char c, boolean lines) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return lines ? null : "a line break or tab (U+" + hex(c) + ")";
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return "a control character (U+" + hex(c) + ")";
        }
        if (c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
            return "a bidirectional control character (U+" + hex(c) + ")";
        }
        if ((c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0x2028 || c == 0x2029) {
            return "an invisible character (U+" + hex(c) + ")";
        }
        if (Character.isSurrogate(c)) {
            return "a broken character (lone surrogate U+" + hex(c) + ")";
        }
        return null;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }

    /** The text as it may be echoed in a refusal: refused characters as {@code U+XXXX}, at most 60 characters. */
    public static String shown(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length() && out.length() < 60) {
            int cp = text.codePointAt(i);
            if (Character.isSupplementaryCodePoint(cp) || describe((char) cp, false) == null) {
                out.appendCodePoint(cp);
            } else {
                out.append("U+").append(hex((char) cp));
            }
            i += Character.charCount(cp);
        }
        return i < text.length() ? out + "…" : out.toString();
    }
}
