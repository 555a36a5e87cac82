package se.larmcentral.core.file;

/**
 * Something wrong at one place of a YAML data file, in the words of the file's writer: the file, the path of the
 * element ({@code stations[3].units[1].type}, empty for the whole document), its 1-based line and column, and the
 * reason. Never carries a Java type name or a parser's own wording, so a module can show it as it is; each module
 * turns it into its own error type ({@code InvalidInputException}, an index problem, a setting error).
 */
public final class YamlFileException extends RuntimeException {

    private final String source;
    private final String path;
    private final int line;
    private final int column;
    private final String reason;

    public YamlFileException(String source, String path, int line, int column, String reason) {
        super(source + ": " + (path.isEmpty() ? "" : path + ": ") + reason + where(line, column), null, false, false);
        this.source = source;
        this.path = path;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The file (or resource, or request body) the document came from. */
    public String source() {
        return source;
    }

    /** The element at fault, e.g. {@code jours[0].nmber}; empty for the document as a whole. */
    public String path() {
        return path;
    }

    /** 1-based line, 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, 0 when unknown. */
    public int column() {
        return column;
    }

    /** What is wrong, without the place: {@code unknown key 'nmber'; expected one of [id, name]}. */
    public String reason() {
        return reason;
    }

    /** The reason followed by the position: {@code is missing (line 3, column 5)}. */
    public String reasonWithPosition() {
        return reason + where(line, column);
    }

    private static String where(int line, int column) {
        return line > 0 ? " (line " + line + ", column " + column + ")" : "";
    }
}
