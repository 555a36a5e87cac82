package se.larmcentral.eido;

import java.util.List;
import java.util.stream.Collectors;

/** An EIDO document refused, with every problem found in it; nothing was recorded. */
public final class EidoRefusedException extends RuntimeException {

    private final transient List<EidoProblem> problems;

    public EidoRefusedException(List<EidoProblem> problems) {
        super(problems.stream().map(p -> p.path() + ": " + p.problem()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<EidoProblem> problems() {
        return problems;
    }
}
