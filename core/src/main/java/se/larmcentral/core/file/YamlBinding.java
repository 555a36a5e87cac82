package se.larmcentral.core.file;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Binds a {@link YamlNode} tree to plain records (the social configuration, the settings), for formats whose
 * shape is exactly a record's: unknown fields and null for primitives are refused. A value of the wrong kind is
 * reported at its path, line and column in the file's terms ({@code 'sometimes' is not true or false}), never
 * with Java's type names or Jackson's wording.
 */
public final class YamlBinding {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private YamlBinding() {
    }

    /** The document as {@code type}. */
    public static <T> T bind(YamlNode node, Class<T> type) {
        return bind(json(node), type, node);
    }

    /**
     * A tree built from a document, possibly changed since (defaults merged in, say), as {@code type}. Errors are
     * located in {@code document} when their path is there, and named by path alone otherwise.
     *
     * @param document where the values came from, for positions; its source names the file; {@code null} when the
     *                 tree came from no file
     */
    public static <T> T bind(JsonNode tree, Class<T> type, YamlNode document) {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JacksonException e) {
            throw translate(e, document);
        }
    }

    /** The tree as Jackson's, for readers that merge documents before binding them. */
    public static JsonNode json(YamlNode node) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (node) {
            case YamlNode.Mapping m -> {
                ObjectNode object = nodes.objectNode();
                m.entries().forEach((key, entry) -> object.set(key, json(entry.value())));
                yield object;
            }
            case YamlNode.Sequence s -> {
                ArrayNode array = nodes.arrayNode();
                s.items().forEach(item -> array.add(json(item)));
                yield array;
            }
            case YamlNode.Scalar s -> switch (s.value()) {
                case null -> nodes.nullNode();
                case Boolean b -> nodes.booleanNode(b);
                case Integer i -> nodes.numberNode(i);
                case Long l -> nodes.numberNode(l);
                case BigInteger i -> nodes.numberNode(i);
                case BigDecimal d -> nodes.numberNode(d);
                case Number n -> nodes.numberNode(n.doubleValue());
                default -> nodes.textNode(s.text());
            };
        };
    }

    private static YamlFileException translate(JacksonException e, YamlNode document) {
        List<JsonMappingException.Reference> path = e instanceof JsonMappingException m ? m.getPath() : List.of();
        String place = place(path);
        if (e instanceof UnrecognizedPropertyException u) {
            return at(document, path, true, place, "is not a known field; known: "
                    + u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
        }
        if (e instanceof InvalidFormatException f) {
            return at(document, path, false, place, "'" + f.getValue() + "' is not " + describe(f.getTargetType()));
        }
        if (e instanceof MismatchedInputException m) {
            return at(document, path, false, place, "expected " + describe(m.getTargetType()));
        }
        return at(document, path, false, place, "cannot be read");
    }

    /** The error at the node the path leads to (at its key, for an unknown field), or at the path alone. */
    private static YamlFileException at(YamlNode document, List<JsonMappingException.Reference> path, boolean atKey,
                                        String place, String reason) {
        if (document == null) {
            return new YamlFileException("", place, 0, 0, reason);
        }
        YamlNode node = document;
        int line = 0;
        int column = 0;
        for (JsonMappingException.Reference step : path) {
            if (node instanceof YamlNode.Mapping m && step.getFieldName() != null && m.entries().containsKey(step.getFieldName())) {
                YamlNode.Mapping.Entry entry = m.entries().get(step.getFieldName());
                line = entry.line();
                column = entry.column();
                node = entry.value();
            } else if (node instanceof YamlNode.Sequence s && step.getIndex() >= 0 && step.getIndex() < s.items().size()) {
                node = s.items().get(step.getIndex());
            } else {
                node = null;
                break;
            }
            if (!atKey) {
                line = node.line();
                column = node.column();
            }
        }
        if (node == null || path.isEmpty()) {
            line = node == null ? 0 : document.line();
            column = node == null ? 0 : document.column();
        }
        return new YamlFileException(document.source(), place, line, column, reason);
    }

    private static String place(List<JsonMappingException.Reference> path) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(r.getFieldName());
            }
        }
        return b.toString();
    }

    /** A target type in the file's terms: text, a whole number, true or false, a list, a mapping. */
    private static String describe(Class<?> type) {
        if (type == null) {
            return "a value of this kind";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "a mapping of fields";
    }
}
