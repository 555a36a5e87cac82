package se.larmcentral.web.words;

import java.util.regex.Pattern;

/**
 * One English phrase as the domain writes it and its Swedish: every match of {@code english} in a text is
 * replaced by {@code swedish} ({@code $1} ... for the matched parts).
 */
record Phrase(Pattern english, String swedish) {

    static Phrase of(String englishRegex, String swedish) {
        return new Phrase(Pattern.compile(englishRegex), swedish);
    }

    String apply(String text) {
        return english.matcher(text).replaceAll(swedish);
    }
}
