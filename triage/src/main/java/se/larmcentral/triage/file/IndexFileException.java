package se.larmcentral.triage.file;

import se.larmcentral.triage.IndexProblem;

import java.util.List;
import java.util.stream.Collectors;

/** A medical index or regional rules file that cannot be used; carries every problem found, with its place. */
public final class IndexFileException extends RuntimeException {

    private final String source;
    private final List<IndexProblem> problems;

    public IndexFileException(String source, List<IndexProblem> problems) {
        super(source + " has " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + ":\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file (or resource) it came from. */
    public String source() {
        return source;
    }

    public List<IndexProblem> problems() {
        return problems;
    }
}
