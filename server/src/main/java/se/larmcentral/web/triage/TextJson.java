package se.larmcentral.web.triage;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a text of the medical index reads over HTTP: a plain string, in the index's first language unless the
 * answer was put in the reader's language first ({@code in(language)}). A Jackson mix-in, so the triage module
 * stays free of JSON.
 */
public abstract class TextJson {

    @JsonValue
    abstract String first();
}
