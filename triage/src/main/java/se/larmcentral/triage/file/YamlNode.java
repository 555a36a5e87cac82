package se.larmcentral.triage.file;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a YAML document with the line and column it starts at, so that every problem found in a file can
 * name its place. Mappings keep their order.
 */
final class YamlNode {

    enum Kind { MAPPING, SEQUENCE, STRING, NUMBER, BOOLEAN, NULL }

    private final Kind kind;
    private final int line;
    private final int column;
    private final String scalar;
    private final Map<String, YamlNode> entries;
    private final List<YamlNode> items;

    private YamlNode(Kind kind, int line, int column, String scalar, Map<String, YamlNode> entries,
                     List<YamlNode> items) {
        this.kind = kind;
        this.line = line;
        this.column = column;
        this.scalar = scalar;
        this.entries = entries;
        this.items = items;
    }

    static YamlNode scalar(Kind kind, String text, int line, int column) {
        return new YamlNode(kind, line, column, text, Map.of(), List.of());
    }

    static YamlNode mapping(LinkedHashMap<String, YamlNode> entries, int line, int column) {
        return new YamlNode(Kind.MAPPING, line, column, null, Collections.unmodifiableMap(entries), List.of());
    }

    static YamlNode sequence(List<YamlNode> items, int line, int column) {
        return new YamlNode(Kind.SEQUENCE, line, column, null, Map.of(), List.copyOf(items));
    }

    Kind kind() {
        return kind;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    /** The text of a scalar, {@code null} for other kinds and for null. */
    String scalar() {
        return scalar;
    }

    Map<String, YamlNode> entries() {
        return entries;
    }

    List<YamlNode> items() {
        return items;
    }

    String describe() {
        return switch (kind) {
            case MAPPING -> "a mapping";
            case SEQUENCE -> "a list";
            case STRING -> "text '" + scalar + "'";
            case NUMBER -> "the number " + scalar;
            case BOOLEAN -> "the boolean " + scalar;
            case NULL -> "nothing";
        };
    }
}
