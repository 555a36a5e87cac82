package se.larmcentral.web.triage;

import se.larmcentral.web.Problem;
import se.larmcentral.triage.IndexProblem;

import java.util.List;

/**
 * The 400 answer to a published document with problems: an RFC 9457 problem ({@code field} is {@code document})
 * with every problem the validator found, each with its line and column in the document (0 when unknown) and its
 * place ({@code chapters[chest-pain].criteria[3].code}).
 */
public record DocumentProblems(String type, String title, int status, String detail, String field,
                               List<IndexProblem> problems) {

    static DocumentProblems of(String what, List<IndexProblem> problems) {
        return new DocumentProblems("about:blank", "Invalid input", 400, what + " is not valid: " + problems.size()
                + " problem" + (problems.size() == 1 ? "" : "s") + "; nothing was published", "document", problems);
    }

    static final String CONTENT_TYPE = Problem.CONTENT_TYPE;
}
