package se.larmcentral.triage;

/**
 * Something wrong in an index or a regional rules file, with its place.
 *
 * @param place   the path of the offending element, e.g. {@code chapters[chest-pain].criteria[3].code}
 *                (chapters named by id, list items counted from 0)
 * @param message what is wrong
 * @param line    1-based line in the file, or 0 when the index did not come from a file
 * @param column  1-based column in the file, or 0 when unknown
 */
public record IndexProblem(String place, String message, int line, int column) {

    public static IndexProblem at(String place, String message) {
        return new IndexProblem(place, message, 0, 0);
    }

    public IndexProblem located(int line, int column) {
        return new IndexProblem(place, message, line, column);
    }

    @Override
    public String toString() {
        String where = line > 0 ? "line " + line + ", column " + column + ": " : "";
        return where + (place.isEmpty() ? "" : place + ": ") + message;
    }
}
