package se.larmcentral.triage;

import java.util.Objects;

/**
 * One condition of a criterion: a yes/no question and the answer that satisfies it. Written in the index
 * as {@code question-id} (answer yes) or {@code not question-id} (answer no).
 */
public record Finding(String question, boolean answer) {

    public Finding {
        Objects.requireNonNull(question, "question");
    }

    /** Reads the index notation; {@code null} when the text is not one. */
    public static Finding parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.startsWith("not ")) {
            String q = t.substring(4).strip();
            return q.isEmpty() || q.contains(" ") ? null : new Finding(q, false);
        }
        return t.isEmpty() || t.contains(" ") ? null : new Finding(t, true);
    }

    public boolean satisfiedBy(Boolean given) {
        return given != null && given == answer;
    }

    public boolean contradictedBy(Boolean given) {
        return given != null && given != answer;
    }

    /** The index notation. */
    @Override
    public String toString() {
        return answer ? question : "not " + question;
    }
}
