package se.larmcentral.eido;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;

import java.util.ArrayList;
import java.util.List;

/** A schema validator's finding said in words an operator or an integrator at the other centre understands. */
final class EidoWords {

    private EidoWords() {
    }

    static EidoProblem problem(Error error) {
        String path = error.getInstanceLocation().toString();
        JsonNode rule = error.getSchemaNode();
        JsonNode value = error.getInstanceNode();
        String keyword = String.valueOf(error.getKeyword());
        return switch (keyword) {
            case "required" -> new EidoProblem(child(path, error.getProperty()), "is required and missing");
            case "type" -> new EidoProblem(path, "must be " + article(rule.path("type").asText(rule.asText()))
                    + ", is " + kind(value));
            case "enum" -> new EidoProblem(path, "must be one of " + listed(rule.path("enum").isArray() ? rule.path("enum") : rule)
                    + ", is " + shown(value));
            case "format" -> new EidoProblem(path, "must be " + format(rule.path("format").asText(rule.asText()))
                    + ", is " + shown(value));
            case "minItems" -> new EidoProblem(path, "must list at least " + rule.path("minItems").asText(rule.asText())
                    + " entries, lists " + value.size());
            default -> new EidoProblem(path, withoutPath(error.getMessage(), path));
        };
    }

    /** What sort of JSON value {@code node} is, for a sentence. */
    static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> node.isIntegralNumber() ? "a whole number" : "a number";
            case BOOLEAN -> "true or false";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> "not a JSON value";
        };
    }

    private static String child(String path, String property) {
        if (property == null) {
            return path;
        }
        return property.matches("[A-Za-z_][A-Za-z0-9_]*") ? path + "." + property : path + "['" + property + "']";
    }

    private static String article(String type) {
        return switch (type) {
            case "string" -> "a string";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "object" -> "an object";
            default -> type;
        };
    }

    private static String format(String format) {
        return switch (format) {
            case "date-time" -> "a date and time with its offset (RFC 3339, such as 2021-04-30T14:43:49-04:00)";
            case "uri" -> "an absolute URI (such as https://... or tel:+46...)";
            case "uri-reference" -> "a URI or a relative reference";
            case "int32" -> "a whole number of at most 32 bits";
            default -> "in the format " + format;
        };
    }

    private static String listed(JsonNode values) {
        List<String> all = new ArrayList<>();
        values.forEach(v -> all.add("'" + v.asText() + "'"));
        return String.join(", ", all);
    }

    private static String shown(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "missing";
        }
        String text = value.isTextual() ? "'" + value.asText() + "'" : value.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private static String withoutPath(String message, String path) {
        return message.startsWith(path + ": ") ? message.substring(path.length() + 2) : message;
    }
}
