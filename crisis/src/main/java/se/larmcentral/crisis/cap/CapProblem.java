package se.larmcentral.crisis.cap;

/** One thing wrong with a CAP document, at its line (0 when the document has none to point at). */
public record CapProblem(int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? "line " + line + ": " + message : message;
    }
}
