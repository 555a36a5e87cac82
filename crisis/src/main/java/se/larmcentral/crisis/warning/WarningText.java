package se.larmcentral.crisis.warning;

import se.larmcentral.core.InvalidInputException;

import java.util.List;

/**
 * The words of a warning in one language (one CAP {@code info} block): Swedish always, English optionally.
 *
 * @param language    {@code sv-SE} or {@code en-US}
 * @param event       what the event is, briefly ("Brand i industribyggnad")
 * @param headline    the line shown first (CAP: under 160 characters)
 * @param description what has happened and what it means
 * @param instruction what people should do (optional)
 */
public record WarningText(String language, String event, String headline, String description, String instruction) {

    public static final String SWEDISH = "sv-SE";
    public static final String ENGLISH = "en-US";
    static final List<String> LANGUAGES = List.of(SWEDISH, ENGLISH);

    /** The text checked, as field {@code field}: each part named when missing, too long or holding hidden characters. */
    static WarningText checked(String field, WarningText text) {
        if (text == null) {
            throw new InvalidInputException(field, "is missing");
        }
        if (text.language() == null || !LANGUAGES.contains(text.language())) {
            throw new InvalidInputException(field + ".language", "must be sv-SE or en-US, was '" + text.language() + "'");
        }
        return new WarningText(text.language(),
                Texts.required(field + ".event", text.event(), 100, false),
                Texts.required(field + ".headline", text.headline(), 160, false),
                Texts.required(field + ".description", text.description(), 3000, true),
                Texts.optional(field + ".instruction", text.instruction(), 900, true));
    }
}
