package se.larmcentral.triage;

import se.larmcentral.core.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads answers written as {@code question-id=yes} or {@code question-id=no} (command-line and form input). */
public final class AnswerArguments {

    private AnswerArguments() {
    }

    public static Map<String, Boolean> parse(List<String> pairs) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            String pair = pairs.get(i);
            String field = "answer[" + i + "]";
            int eq = pair == null ? -1 : pair.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException(field, "must be QUESTION=yes or QUESTION=no, was '" + pair + "'");
            }
            String question = pair.substring(0, eq).strip();
            Boolean answer = switch (pair.substring(eq + 1).strip().toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true", "ja" -> true;
                case "no", "n", "false", "nej" -> false;
                default -> null;
            };
            if (answer == null) {
                throw new InvalidInputException(field, "the answer to '" + question + "' must be yes or no, was '"
                        + pair.substring(eq + 1) + "'");
            }
            if (answers.put(question, answer) != null) {
                throw new InvalidInputException(field, "question '" + question + "' is answered twice");
            }
        }
        return answers;
    }
}
