package se.larmcentral.triage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A text a person reads (a question, a title, a criterion, a step of advice) in one or more languages, in the
 * order the index gives them; the first is the index's own language. A plain text has no stated language.
 *
 * @param byLanguage the text per language code ({@code sv}, {@code en}); the single key {@code ""} for a plain text
 */
public record Text(Map<String, String> byLanguage) {

    /** The key of a text written without a language. */
    public static final String UNSTATED = "";

    public Text {
        Objects.requireNonNull(byLanguage, "byLanguage");
        if (byLanguage.isEmpty()) {
            throw new IllegalArgumentException("a text needs at least one language");
        }
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    /** A text written without a language (as older index files have them). */
    public static Text plain(String text) {
        return new Text(Map.of(UNSTATED, text));
    }

    /** The text in the language, or in the first language when it is not given in that one. */
    public String in(String language) {
        String text = language == null ? null : byLanguage.get(language);
        return text == null || text.isBlank() ? first() : text;
    }

    public String first() {
        return byLanguage.values().iterator().next();
    }

    /** The languages the text is given in; empty for a plain text. */
    public Set<String> languages() {
        return byLanguage.keySet().equals(Set.of(UNSTATED)) ? Set.of() : byLanguage.keySet();
    }

    /** The text in one language only, for a reader of that language. */
    public Text only(String language) {
        return plain(in(language));
    }

    @Override
    public String toString() {
        return first();
    }
}
