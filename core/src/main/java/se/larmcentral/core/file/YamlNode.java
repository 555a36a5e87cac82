package se.larmcentral.core.file;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One node of a YAML document read by {@link YamlReader}: a mapping, a list or a scalar, with the file it came
 * from, its path in the document ({@code stations[3].units[1]}, empty for the root) and the 1-based line and column
 * where its value starts. The {@code as...} readers refuse a node of the wrong kind with a {@link YamlFileException}
 * at the node's place, in the file's terms ({@code must be a list, was text 'x'}).
 */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    String source();

    String path();

    int line();

    int column();

    /** The node in the words of the file's writer: {@code a mapping}, {@code a list}, {@code text 'x'}. */
    String describe();

    /** An error at this node. */
    default YamlFileException problem(String reason) {
        return new YamlFileException(source(), path(), line(), column(), reason);
    }

    default boolean isNull() {
        return this instanceof Scalar s && s.kind() == Scalar.Kind.NULL;
    }

    default Mapping asMapping() {
        if (this instanceof Mapping m) {
            return m;
        }
        throw problem(path().isEmpty() && isNull() ? "the file is empty"
                : "must be a mapping (key: value), was " + describe());
    }

    default List<YamlNode> asList() {
        if (this instanceof Sequence s) {
            return s.items();
        }
        throw problem("must be a list, was " + describe());
    }

    /** The text of a scalar as written (numbers and booleans too, as they are spelt); refuses nothing and blanks. */
    default String asText() {
        if (!(this instanceof Scalar s) || s.kind() == Scalar.Kind.NULL) {
            throw problem("must be text, was " + describe());
        }
        if (s.text().isBlank()) {
            throw problem("must not be empty");
        }
        return s.text();
    }

    default boolean asBoolean() {
        if (this instanceof Scalar s && s.kind() == Scalar.Kind.BOOLEAN) {
            return (Boolean) s.value();
        }
        throw problem("must be true or false, was " + describe());
    }

    /** A whole number of at most nine digits, written in decimal. */
    default int asWholeNumber() {
        if (this instanceof Scalar s && s.kind() == Scalar.Kind.NUMBER && s.text().matches("-?[0-9]{1,9}")) {
            return Integer.parseInt(s.text());
        }
        throw problem("must be a whole number, was " + describe());
    }

    /**
     * An enum constant written in any case, with '-' or '_' between words ({@code intensive-care}); refused naming
     * the values in the file's spelling.
     */
    default <E extends Enum<E>> E asConstant(Class<E> type) {
        if (this instanceof Scalar s && s.kind() == Scalar.Kind.TEXT) {
            String wanted = s.text().strip().replace('-', '_').toUpperCase(Locale.ROOT);
            for (E value : type.getEnumConstants()) {
                if (value.name().equals(wanted)) {
                    return value;
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            names.add(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        String was = this instanceof Scalar s && s.kind() != Scalar.Kind.NULL ? "'" + s.text() + "'" : describe();
        throw problem("unknown value " + was + "; expected one of " + names);
    }

    /** A mapping, its entries in file order, each key with its own position (where "unknown key" points). */
    record Mapping(String source, String path, int line, int column, Map<String, Entry> entries) implements YamlNode {

        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        /** A key, where it is written, and its value. */
        public record Entry(String key, int line, int column, YamlNode value) {
        }

        @Override
        public String describe() {
            return "a mapping";
        }

        public Set<String> keys() {
            return entries.keySet();
        }

        /** The value under {@code key}, or {@code null} when the key is absent. */
        public YamlNode get(String key) {
            Entry entry = entries.get(key);
            return entry == null ? null : entry.value();
        }

        /** The value under {@code key}; absent or null is refused at this mapping, naming the key. */
        public YamlNode required(String key) {
            YamlNode value = get(key);
            if (value == null || value.isNull()) {
                YamlNode at = value == null ? this : value;
                throw new YamlFileException(source, childPath(path, key), at.line(), at.column(),
                        "'" + key + "' is missing");
            }
            return value;
        }

        /** The value under {@code key}, or {@code null} when it is absent or written as null. */
        public YamlNode optional(String key) {
            YamlNode value = get(key);
            return value == null || value.isNull() ? null : value;
        }

        /** Refuses the first key not in {@code allowed}, so that a misspelt key is not silently ignored. */
        public Mapping onlyKeys(Set<String> allowed) {
            for (Entry entry : entries.values()) {
                if (!allowed.contains(entry.key())) {
                    throw unknownKey(entry, allowed);
                }
            }
            return this;
        }

        /** The error for a key that is not in {@code allowed}, at the key. */
        public YamlFileException unknownKey(Entry entry, Set<String> allowed) {
            return new YamlFileException(source, childPath(path, entry.key()), entry.line(), entry.column(),
                    "unknown key '" + entry.key() + "'; expected one of " + new TreeSet<>(allowed));
        }
    }

    record Sequence(String source, String path, int line, int column, List<YamlNode> items) implements YamlNode {

        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar: its text as written and its value as YAML types it ({@link String}, a {@link Number},
     * {@link Boolean}, or {@code null}).
     */
    record Scalar(String source, String path, int line, int column, Kind kind, String text, Object value)
            implements YamlNode {

        public enum Kind { TEXT, NUMBER, BOOLEAN, NULL }

        @Override
        public String describe() {
            return switch (kind) {
                case TEXT -> "text '" + text + "'";
                case NUMBER -> "the number " + text;
                case BOOLEAN -> "the boolean " + text;
                case NULL -> "nothing";
            };
        }
    }

    /** {@code a.b} for key {@code b} under {@code a}; {@code b} at the root. */
    static String childPath(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
