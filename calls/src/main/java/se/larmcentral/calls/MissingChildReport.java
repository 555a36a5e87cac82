package se.larmcentral.calls;

import se.larmcentral.core.SwedishTime;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The 116 000 report form about a missing child (anmälan om försvunnet barn), as taken on the call.
 *
 * @param childAge      age in years, 0 to 17
 * @param lastSeenPlace where the child was last seen, as the caller describes it
 * @param lastSeenAt    when the child was last seen
 * @param callerNumber  a number to reach the caller on
 */
public record MissingChildReport(String childName, Integer childAge, String description, String lastSeenPlace,
                                 Instant lastSeenAt, String callerName, PhoneNumber callerNumber) {

    /** Every field that is missing or wrong, judged at {@code now}; empty when the report can be taken. */
    public List<FieldProblem> problems(Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "childName", childName, 200);
        if (childAge == null) {
            problems.add(new FieldProblem("childAge", "", "is missing"));
        } else if (childAge < 0 || childAge > 17) {
            problems.add(new FieldProblem("childAge", childAge.toString(), "must be 0 to 17 years (116 000 is for children)"));
        }
        text(problems, "description", description, 2000);
        text(problems, "lastSeenPlace", lastSeenPlace, 500);
        if (lastSeenAt == null) {
            problems.add(new FieldProblem("lastSeenAt", "", "is missing"));
        } else if (lastSeenAt.isAfter(now)) {
            problems.add(new FieldProblem("lastSeenAt", lastSeenAt.toString(), "is in the future (now is " + SwedishTime.text(now) + ")"));
        }
        text(problems, "callerName", callerName, 200);
        if (callerNumber == null) {
            problems.add(new FieldProblem("callerNumber", "", "is missing; the organisation must be able to call back"));
        }
        return problems;
    }

    /**
     * Refuses a report with problems, naming every field at fault.
     *
     * @throws InvalidInputException whose field lists the fields at fault, comma-separated
     */
    public void validate(Instant now) {
        validate(now, List.of());
    }

    /**
     * Refuses a report with problems, naming every field at fault, together with the fields of the form that could
     * not be read at all ({@code unreadable}, e.g. an instant or a number in a wrong form; such a field is null here).
     *
     * @throws InvalidInputException whose field lists the fields at fault, comma-separated, in the form's order
     */
    public void validate(Instant now, List<FieldProblem> unreadable) {
        List<FieldProblem> problems = problems(now);
        for (FieldProblem problem : unreadable) {
            int at = indexOf(problems, problem.field());
            if (at >= 0) {
                problems.set(at, problem);
            } else {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(
                    problems.stream().map(p -> "report." + p.field()).collect(Collectors.joining(", ")),
                    problems.stream().map(p -> p.field() + " " + p.reason()).collect(Collectors.joining("; ")));
        }
    }

    private static int indexOf(List<FieldProblem> problems, String field) {
        for (int i = 0; i < problems.size(); i++) {
            if (problems.get(i).field().equals(field)) {
                return i;
            }
        }
        return -1;
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "", "is missing"));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, value.substring(0, 20) + "...", "is longer than " + max + " characters"));
        }
    }
}
