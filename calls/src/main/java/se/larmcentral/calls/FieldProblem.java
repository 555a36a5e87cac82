package se.larmcentral.calls;

/**
 * One field of an input that could not be used: its name, the value as received (possibly shortened) and why.
 * Parsers report these instead of throwing, so that a message is never thrown away silently.
 */
public record FieldProblem(String field, String value, String reason) {

    @Override
    public String toString() {
        return field + (value.isEmpty() ? "" : " '" + value + "'") + ": " + reason;
    }
}
