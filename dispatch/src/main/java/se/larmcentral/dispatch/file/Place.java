package se.larmcentral.dispatch.file;

import com.fasterxml.jackson.databind.JsonNode;
import se.larmcentral.core.InvalidInputException;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A node of the fleet file and the path that leads to it ({@code stations[3].units[1].type}), for error messages. */
final class Place {

    private final String source;
    private final String path;
    private final JsonNode node;

    Place(String source, String path, JsonNode node) {
        this.source = source;
        this.path = path;
        this.node = node;
    }

    String path() {
        return path;
    }

    /** An error at this place: the field of the exception is {@code source: path}. */
    InvalidInputException error(String reason) {
        return new InvalidInputException(source + ": " + (path.isEmpty() ? "(top level)" : path), reason);
    }

    private String childPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    Place object() {
        if (node == null || !node.isObject()) {
            throw error("must be a mapping of keys to values");
        }
        return this;
    }

    /** Refuses keys other than {@code allowed}, so a misspelt key is not silently ignored. */
    Place onlyKeys(Set<String> allowed) {
        object();
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new Place(source, childPath(name), null).error("unknown key; expected one of " + allowed);
            }
        }
        return this;
    }

    Place required(String key) {
        object();
        JsonNode child = node.get(key);
        if (child == null || child.isNull()) {
            throw new Place(source, childPath(key), null).error("is missing");
        }
        return new Place(source, childPath(key), child);
    }

    Place optional(String key) {
        object();
        JsonNode child = node.get(key);
        return child == null || child.isNull() ? null : new Place(source, childPath(key), child);
    }

    String text() {
        if (node == null || !(node.isTextual() || node.isNumber())) {
            throw error("must be a text value");
        }
        String text = node.asText().strip();
        if (text.isEmpty()) {
            throw error("must not be empty");
        }
        return text;
    }

    boolean bool() {
        if (node == null || !node.isBoolean()) {
            throw error("must be true or false");
        }
        return node.booleanValue();
    }

    boolean isList() {
        return node != null && node.isArray();
    }

    List<Place> list() {
        if (node == null || !node.isArray()) {
            throw error("must be a list");
        }
        List<Place> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(new Place(source, path + "[" + i + "]", node.get(i)));
        }
        return items;
    }

    /** The entries of a mapping, keyed by name, in file order. */
    List<Map.Entry<String, Place>> entries() {
        object();
        List<Map.Entry<String, Place>> entries = new ArrayList<>();
        node.properties().forEach(e -> entries.add(Map.entry(e.getKey(), new Place(source, childPath(e.getKey()), e.getValue()))));
        return entries;
    }
}
