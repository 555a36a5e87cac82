package se.larmcentral.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.javalin.http.Context;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.InvalidInputException;

import java.io.IOException;
import java.util.stream.Collectors;

/**
 * Reads a request's JSON body into a record, with errors a client can act on: too large (413), not JSON, a
 * field of the wrong type or missing (400, naming the field), a key given twice or nesting deeper than {@value
 * #MAX_NESTING} (400). Validation in the record's constructor surfaces as its own {@link InvalidInputException}.
 */
public final class JsonBody {

    /** The deepest nesting of objects and arrays a request may have: the deepest request record is a few levels. */
    public static final int MAX_NESTING = 64;

    private final ObjectMapper mapper;
    private final BoundedBody bounded;

    public JsonBody(ObjectMapper mapper, long maxBytes) {
        // Unknown fields in a request are refused: a misspelt field must not be silently ignored.
        this.mapper = strict(mapper.copy()).enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // en_route is what a person types for EN_ROUTE
                .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);
        this.bounded = new BoundedBody(maxBytes);
    }

    /**
     * The mapper refusing a key given twice (else the last would win, and the access gate and the handler could
     * read different values) and nesting beyond {@value #MAX_NESTING}. Changes and returns {@code mapper}.
     */
    public static ObjectMapper strict(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
        return mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    public <T> T read(Context ctx, Class<T> type) {
        byte[] body = bounded.read(ctx);
        if (body.length == 0) {
            throw new InvalidInputException("body", "is empty; send a JSON object");
        }
        String contentType = ctx.contentType();
        if (contentType != null && !contentType.toLowerCase().contains("json")) {
            throw new InvalidInputException("Content-Type", "must be application/json, was " + contentType);
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new InvalidInputException("body", "is null; send a JSON object");
            }
            return value;
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof DomainException domain) {
                throw domain;
            }
            // a check in a request's constructor that is not a domain refusal: its words, never a Java type's name
            String reason = e.getCause() instanceof IllegalArgumentException iae && iae.getMessage() != null
                    ? iae.getMessage() : "is missing or not in the expected form";
            throw new InvalidInputException(fieldOf(e, "body"), withoutJavaNames(reason));
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidInputException(fieldOf(e, e.getPropertyName()), "is not a known field; known: "
                    + e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
        } catch (InvalidFormatException e) {
            throw new InvalidInputException(fieldOf(e, "body"), "'" + e.getValue() + "' is not "
                    + describe(e.getTargetType()));
        } catch (MismatchedInputException e) {
            throw new InvalidInputException(fieldOf(e, "body"), "expected " + describe(e.getTargetType()));
        } catch (JsonMappingException e) {
            throw new InvalidInputException(fieldOf(e, "body"), withoutJavaNames(e.getOriginalMessage()));
        } catch (StreamConstraintsException e) {
            throw new InvalidInputException("body", "is nested deeper than " + MAX_NESTING + " levels or otherwise"
                    + " beyond the limits of a request: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            // A location may be unknown (a limit reached while reading); never a NullPointerException for it.
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new InvalidInputException("body", "is not valid JSON: " + e.getOriginalMessage() + where);
        } catch (IOException e) {
            throw new InvalidInputException("body", "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Jackson's words with the Java types it names ({@code `java.lang.Double`}, {@code `se.larmcentral...Request`})
     * replaced by what they are to a client.
     */
    static String withoutJavaNames(String message) {
        if (message == null) {
            return "is not in the expected form";
        }
        return java.util.regex.Pattern.compile("`([\\w$]+\\.)*([\\w$]+)`").matcher(message).replaceAll(m -> {
            String simple = m.group(2);
            return switch (simple) {
                case "Double", "double", "Float", "float", "BigDecimal" -> "a number";
                case "Integer", "int", "Long", "long", "Short", "short" -> "a whole number";
                case "Boolean", "boolean" -> "true or false";
                case "String" -> "text";
                default -> "the value";
            };
        });
    }

    private static String fieldOf(JsonMappingException e, String fallback) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? fallback : path;
    }

    /** What a field expects, in words: never a Java type's name. */
    static String describe(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class
                || type == java.math.BigDecimal.class) {
            return "a number (with a point, not a comma, for decimals)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "an instant with its offset, such as 2025-12-24T18:00+01:00";
        }
        if (type == java.time.LocalDate.class) {
            return "a date, such as 2025-12-24";
        }
        if (type == java.time.Duration.class) {
            return "a duration, such as PT15M";
        }
        if (type.isRecord() || java.util.Map.class.isAssignableFrom(type)) {
            return "a JSON object";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        return "a value of another form";
    }
}
