package se.larmcentral.triage.file;

import se.larmcentral.triage.IndexPlace;
import se.larmcentral.triage.IndexProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads typed values out of a {@link YamlNode} tree, collecting every problem with its place and line instead of
 * stopping at the first, and remembering where each place is so that later problems can be located too.
 */
final class NodeReader {

    private final List<IndexProblem> problems = new ArrayList<>();
    private final Map<String, YamlNode> places = new HashMap<>();

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

    /** The node as a mapping with only the allowed keys, or {@code null} (with a problem) when it is not one. */
    YamlNode mapping(YamlNode node, String place, Set<String> allowed) {
        remember(place, node);
        if (node.kind() != YamlNode.Kind.MAPPING) {
            problem(place, node, "must be a mapping (key: value), was " + node.describe());
            return null;
        }
        node.entries().forEach((key, value) -> {
            if (!allowed.contains(key)) {
                problem(IndexPlace.field(place, key), value, "unknown key '" + key + "'; expected one of "
                        + allowed.stream().sorted().toList());
            }
        });
        return node;
    }

    YamlNode child(YamlNode mapping, String place, String key, boolean required) {
        YamlNode child = mapping.entries().get(key);
        String childPlace = IndexPlace.field(place, key);
        if (child == null || child.kind() == YamlNode.Kind.NULL) {
            if (required) {
                problem(childPlace, child == null ? mapping : child, "'" + key + "' is missing");
            }
            return null;
        }
        remember(childPlace, child);
        return child;
    }

    String text(YamlNode mapping, String place, String key, boolean required) {
        YamlNode child = child(mapping, place, key, required);
        if (child == null) {
            return null;
        }
        if (child.kind() == YamlNode.Kind.MAPPING || child.kind() == YamlNode.Kind.SEQUENCE) {
            problem(IndexPlace.field(place, key), child, "must be text, was " + child.describe());
            return null;
        }
        if (required && child.scalar().isBlank()) {
            problem(IndexPlace.field(place, key), child, "'" + key + "' is empty");
            return null;
        }
        return child.scalar();
    }

    Integer integer(YamlNode mapping, String place, String key) {
        YamlNode child = child(mapping, place, key, true);
        if (child == null) {
            return null;
        }
        if (child.kind() != YamlNode.Kind.NUMBER || !child.scalar().matches("-?[0-9]{1,9}")) {
            problem(IndexPlace.field(place, key), child, "must be a whole number, was " + child.describe());
            return null;
        }
        return Integer.parseInt(child.scalar());
    }

    Boolean bool(YamlNode mapping, String place, String key, Boolean fallback) {
        YamlNode child = child(mapping, place, key, fallback == null);
        if (child == null) {
            return fallback;
        }
        if (child.kind() != YamlNode.Kind.BOOLEAN) {
            problem(IndexPlace.field(place, key), child, "must be true or false, was " + child.describe());
            return null;
        }
        return Boolean.parseBoolean(child.scalar());
    }

    /** The items of an optional (empty when absent) or required list. */
    List<YamlNode> list(YamlNode mapping, String place, String key, boolean required) {
        YamlNode child = child(mapping, place, key, required);
        if (child == null) {
            return List.of();
        }
        if (child.kind() != YamlNode.Kind.SEQUENCE) {
            problem(IndexPlace.field(place, key), child, "must be a list, was " + child.describe());
            return List.of();
        }
        String listPlace = IndexPlace.field(place, key);
        for (int i = 0; i < child.items().size(); i++) {
            remember(IndexPlace.item(listPlace, i), child.items().get(i));
        }
        return child.items();
    }

    /** A list of texts; items that are not text are reported and left out. */
    List<String> texts(YamlNode mapping, String place, String key) {
        List<YamlNode> items = list(mapping, place, key, false);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            if (item.kind() == YamlNode.Kind.STRING && !item.scalar().isBlank()) {
                texts.add(item.scalar().strip());
            } else {
                problem(IndexPlace.item(IndexPlace.field(place, key), i), item, "must be text, was " + item.describe());
            }
        }
        return texts;
    }

    /** An enum constant written in any case, with '-' or '_' between words. */
    <E extends Enum<E>> E constant(YamlNode node, String place, Class<E> type) {
        if (node.kind() == YamlNode.Kind.STRING) {
            String wanted = node.scalar().strip().replace('-', '_').toUpperCase(Locale.ROOT);
            for (E value : type.getEnumConstants()) {
                if (value.name().equals(wanted)) {
                    return value;
                }
            }
        }
        problem(place, node, "must be one of " + names(type) + ", was " + node.describe());
        return null;
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            names.add(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return names;
    }

    /** Checks a {@code format} field against the one this reader understands. */
    void format(YamlNode root, String expected) {
        String format = text(root, "", "format", true);
        if (format != null && !format.equals(expected)) {
            problem("format", root.entries().get("format"), "this reader understands '" + expected + "', the file is '"
                    + format + "'");
        }
    }

    static Set<String> keys(String... keys) {
        return Set.of(keys);
    }
}
