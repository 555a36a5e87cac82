package se.larmcentral.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * JSON Schemas for the records the API takes and gives, derived from the records themselves, so the OpenAPI
 * document cannot drift from the code. Records become {@code components/schemas} entries referenced by name.
 */
final class JsonSchemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, ObjectNode> components = new LinkedHashMap<>();

    ObjectNode components() {
        ObjectNode node = JSON.objectNode();
        components.forEach(node::set);
        return node;
    }

    ObjectNode schemaOf(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] args = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return JSON.objectNode().put("type", "array").set("items", schemaOf(args[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return JSON.objectNode().put("type", "object").set("additionalProperties", schemaOf(args[1]));
            }
            if (raw == Optional.class) {
                return schemaOf(args[0]);
            }
            return schemaOf(raw);
        }
        Class<?> cls = (Class<?>) type;
        if (cls == String.class || cls == char.class || cls == Character.class) {
            return JSON.objectNode().put("type", "string");
        }
        if (cls == boolean.class || cls == Boolean.class) {
            return JSON.objectNode().put("type", "boolean");
        }
        if (cls == int.class || cls == Integer.class || cls == long.class || cls == Long.class
                || cls == short.class || cls == Short.class) {
            return JSON.objectNode().put("type", "integer");
        }
        if (Number.class.isAssignableFrom(cls) || cls == double.class || cls == float.class) {
            return JSON.objectNode().put("type", "number");
        }
        if (cls == Instant.class || cls == OffsetDateTime.class) {
            return JSON.objectNode().put("type", "string").put("format", "date-time");
        }
        if (cls == LocalDate.class) {
            return JSON.objectNode().put("type", "string").put("format", "date");
        }
        if (cls == LocalDateTime.class || cls == LocalTime.class || cls == Duration.class) {
            return JSON.objectNode().put("type", "string");
        }
        if (cls.isEnum()) {
            ArrayNode values = JSON.arrayNode();
            for (Object constant : cls.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            return JSON.objectNode().put("type", "string").set("enum", values);
        }
        if (cls.isArray()) {
            return JSON.objectNode().put("type", "array").set("items", schemaOf(cls.getComponentType()));
        }
        if (cls.isRecord()) {
            String name = cls.getSimpleName();
            if (!components.containsKey(name)) {
                ObjectNode schema = JSON.objectNode().put("type", "object");
                components.put(name, schema); // before the fields: records may refer to themselves
                ObjectNode properties = schema.putObject("properties");
                for (RecordComponent component : cls.getRecordComponents()) {
                    properties.set(component.getName(), schemaOf(component.getGenericType()));
                }
            }
            return JSON.objectNode().put("$ref", "#/components/schemas/" + name);
        }
        if (cls.isInterface() && cls.isSealed()) {
            ArrayNode oneOf = JSON.arrayNode();
            for (Class<?> permitted : cls.getPermittedSubclasses()) {
                oneOf.add(schemaOf(permitted));
            }
            return JSON.objectNode().set("oneOf", oneOf);
        }
        return JSON.objectNode().put("type", "object");
    }
}
