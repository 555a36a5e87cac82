package se.larmcentral.triage;

import java.util.List;

/**
 * One line of a chapter: when all its findings hold, it gives a priority and a response.
 *
 * @param code       {@code A.cc.nn} (red), {@code H.cc.nn} (yellow) or {@code V.cc.nn} (green), where cc is the
 *                   chapter number and nn the criterion's number in it, in the manner of the Norwegian index
 * @param priority   the priority on the region's scale (1 most urgent)
 * @param text       what the criterion says, as the operator reads it
 * @param when       findings that must all hold; empty for a chapter's least-urgent default
 * @param response   what is sent
 * @param advice     ids of advice to give the caller
 * @param references ids of other chapters worth a look
 */
public record Criterion(String code, int priority, Text text, List<Finding> when, Response response,
                        List<String> advice, List<String> references) {

    public Criterion {
        when = List.copyOf(when);
        advice = List.copyOf(advice);
        references = List.copyOf(references);
    }

    /** The criterion for a reader of one language. */
    public Criterion in(String language) {
        return new Criterion(code, priority, text.only(language), when, response, advice, references);
    }

    public boolean isDefault() {
        return when.isEmpty();
    }
}
