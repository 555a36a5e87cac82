package se.larmcentral.triage.file;

import se.larmcentral.core.file.YamlFileException;
import se.larmcentral.core.file.YamlNode;
import se.larmcentral.core.file.YamlReader;
import se.larmcentral.triage.IndexPlace;
import se.larmcentral.triage.IndexProblem;
import se.larmcentral.triage.Text;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads typed values out of a tree from core's {@link YamlReader}, collecting every problem with its place and line
 * instead of stopping at the first (a medical director fixes an index in one go), and remembering where each place
 * is so that the validator's problems can be located too. Places are the index's own ({@code chapters[chest-pain]}
 * names a chapter by id), so the reader's paths are replaced by them.
 */
final class NodeReader {

    private final List<IndexProblem> problems = new ArrayList<>();
    private final Map<String, YamlNode> places = new HashMap<>();

    /**
     * The document's root.
     *
     * @throws IndexFileException when the text is not a YAML document a data file may be
     */
    static YamlNode parse(Reader reader, String source) {
        try {
            YamlNode root = YamlReader.read(source, reader);
            if (root.isNull()) {
                throw new IndexFileException(source, List.of(IndexProblem.at("", "the file is empty")));
            }
            return root;
        } catch (YamlFileException e) {
            String message = e.path().isEmpty() ? "the file " + e.reason() : e.reason();
            throw new IndexFileException(source, List.of(IndexProblem.at(e.path(), message).located(e.line(), e.column())));
        } catch (IOException e) {
            throw new IndexFileException(source, List.of(IndexProblem.at("", "cannot be read: " + e.getMessage())));
        }
    }

    List<IndexProblem> problems() {
        return problems;
    }

    void problem(String place, YamlNode node, String message) {
        IndexProblem problem = IndexProblem.at(place, message);
        problems.add(node == null ? problem : problem.located(node.line(), node.column()));
    }

    /** Places the problem at the nearest enclosing element read from the file. */
    IndexProblem locate(IndexProblem problem) {
        String place = problem.place();
        while (true) {
            YamlNode node = places.get(place);
            if (node != null) {
                return problem.located(node.line(), node.column());
            }
            int cut = Math.max(place.lastIndexOf('.'), place.lastIndexOf('['));
            if (cut <= 0) {
                return problem;
            }
            place = place.substring(0, cut);
        }
    }

    void remember(String place, YamlNode node) {
        places.putIfAbsent(place, node);
    }

    /** Runs one of the shared readers; its refusal becomes a problem at {@code place}, and the answer null. */
    private <T> T read(String place, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (YamlFileException e) {
            add(place, e);
            return null;
        }
    }

    private void add(String place, YamlFileException e) {
        problems.add(IndexProblem.at(place, e.reason()).located(e.line(), e.column()));
    }

    /** The node as a mapping with only the allowed keys, or {@code null} (with a problem) when it is not one. */
    YamlNode.Mapping mapping(YamlNode node, String place, Set<String> allowed) {
        remember(place, node);
        YamlNode.Mapping mapping = read(place, node::asMapping);
        if (mapping != null) {
            for (YamlNode.Mapping.Entry entry : mapping.entries().values()) {
                if (!allowed.contains(entry.key())) {
                    add(IndexPlace.field(place, entry.key()), mapping.unknownKey(entry, allowed));
                }
            }
        }
        return mapping;
    }

    YamlNode child(YamlNode.Mapping mapping, String place, String key, boolean required) {
        String childPlace = IndexPlace.field(place, key);
        YamlNode child = required ? read(childPlace, () -> mapping.required(key)) : mapping.optional(key);
        if (child != null) {
            remember(childPlace, child);
        }
        return child;
    }

    String text(YamlNode.Mapping mapping, String place, String key, boolean required) {
        YamlNode child = child(mapping, place, key, required);
        if (child == null) {
            return null;
        }
        if (!(child instanceof YamlNode.Scalar scalar)) {
            problem(IndexPlace.field(place, key), child, "must be text, was " + child.describe());
            return null;
        }
        if (required && scalar.text().isBlank()) {
            problem(IndexPlace.field(place, key), child, "'" + key + "' is empty");
            return null;
        }
        return scalar.text();
    }

    /**
     * A text a person reads: plain text, or a map of languages ({@code {sv: ..., en: ...}}). Empty texts in a map
     * are kept, so that the validator names the language they are missing in.
     */
    Text localized(YamlNode.Mapping mapping, String place, String key, boolean required) {
        YamlNode child = child(mapping, place, key, required);
        String childPlace = IndexPlace.field(place, key);
        if (child == null) {
            return null;
        }
        if (child instanceof YamlNode.Scalar scalar && required && scalar.text().isBlank()) {
            problem(childPlace, child, "'" + key + "' is empty");
            return null;
        }
        return localized(child, childPlace);
    }

    /** A text a person reads at {@code place}, from a node: plain text or a map of languages. */
    Text localized(YamlNode node, String place) {
        remember(place, node);
        if (node instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Scalar.Kind.TEXT
                && !scalar.text().isBlank()) {
            return Text.plain(scalar.text().strip());
        }
        if (node instanceof YamlNode.Mapping languages && !languages.entries().isEmpty()) {
            Map<String, String> texts = new LinkedHashMap<>();
            boolean ok = true;
            for (YamlNode.Mapping.Entry e : languages.entries().values()) {
                String languagePlace = IndexPlace.field(place, e.key());
                remember(languagePlace, e.value());
                if (e.value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.TEXT) {
                    texts.put(e.key(), s.text().strip());
                } else if (e.value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL) {
                    texts.put(e.key(), "");
                } else {
                    problem(languagePlace, e.value(), "must be text, was " + e.value().describe());
                    ok = false;
                }
            }
            return ok ? new Text(texts) : null;
        }
        problem(place, node, "must be text, or the text per language ({sv: ..., en: ...}), was " + node.describe());
        return null;
    }

    /** A list of texts a person reads; items that are not texts are reported and left out. */
    List<Text> localizedTexts(YamlNode.Mapping mapping, String place, String key) {
        List<YamlNode> items = list(mapping, place, key, false);
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Text text = localized(items.get(i), IndexPlace.item(IndexPlace.field(place, key), i));
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    Integer integer(YamlNode.Mapping mapping, String place, String key) {
        YamlNode child = child(mapping, place, key, true);
        return child == null ? null : read(IndexPlace.field(place, key), child::asWholeNumber);
    }

    Boolean bool(YamlNode.Mapping mapping, String place, String key, Boolean fallback) {
        YamlNode child = child(mapping, place, key, fallback == null);
        return child == null ? fallback : read(IndexPlace.field(place, key), child::asBoolean);
    }

    /** The items of an optional (empty when absent) or required list. */
    List<YamlNode> list(YamlNode.Mapping mapping, String place, String key, boolean required) {
        YamlNode child = child(mapping, place, key, required);
        String listPlace = IndexPlace.field(place, key);
        List<YamlNode> items = child == null ? null : read(listPlace, child::asList);
        if (items == null) {
            return List.of();
        }
        for (int i = 0; i < items.size(); i++) {
            remember(IndexPlace.item(listPlace, i), items.get(i));
        }
        return items;
    }

    /** A list of texts; items that are not text are reported and left out. */
    List<String> texts(YamlNode.Mapping mapping, String place, String key) {
        List<YamlNode> items = list(mapping, place, key, false);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            if (item instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.TEXT && !s.text().isBlank()) {
                texts.add(s.text().strip());
            } else {
                problem(IndexPlace.item(IndexPlace.field(place, key), i), item, "must be text, was " + item.describe());
            }
        }
        return texts;
    }

    /** An enum constant written in any case, with '-' or '_' between words. */
    <E extends Enum<E>> E constant(YamlNode node, String place, Class<E> type) {
        return read(place, () -> node.asConstant(type));
    }

    /** Checks a {@code format} field against the one this reader understands. */
    void format(YamlNode.Mapping root, String expected) {
        String format = text(root, "", "format", true);
        if (format != null && !format.equals(expected)) {
            problem("format", root.get("format"), "this reader understands '" + expected + "', the file is '"
                    + format + "'");
        }
    }

    static Set<String> keys(String... keys) {
        return Set.of(keys);
    }
}
