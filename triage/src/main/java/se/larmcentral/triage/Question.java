package se.larmcentral.triage;

/** A yes/no question the operator asks the caller. */
public record Question(String id, Text text) {

    /** The question for a reader of one language. */
    public Question in(String language) {
        return new Question(id, text.only(language));
    }
}
