package se.larmcentral.social.file;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import se.larmcentral.core.InvalidInputException;

/**
 * Turns Jackson's parse errors for a data file into errors a writer of the file can act on: the place in the
 * file ({@code jours[0].nmber}), what is wrong in the file's own terms, and the line and column; never Java
 * class names or Jackson's wording.
 */
final class FileParseErrors {

    private FileParseErrors() {
    }

    /** The error for {@code e}, met while reading {@code document} with a parser from {@code factory}. */
    static InvalidInputException of(JsonProcessingException e, JsonFactory factory, byte[] document) {
        JsonLocation found = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? PlaceLocator.locate(factory, document, m.getPath()) : null;
        String where = where(found != null ? found : e.getLocation());
        if (e instanceof UnrecognizedPropertyException u) {
            return new InvalidInputException(place(u, u.getPropertyName()), "is not a known field; known: "
                    + known(u.getKnownPropertyIds()) + where);
        }
        if (e instanceof InvalidFormatException f) {
            return new InvalidInputException(place(f, "file"), "'" + f.getValue() + "' is not "
                    + describe(f.getTargetType()) + where);
        }
        if (e instanceof MismatchedInputException m) {
            return new InvalidInputException(place(m, "file"), "expected " + describe(m.getTargetType()) + where);
        }
        if (e instanceof JsonMappingException m && !(m.getCause() instanceof JsonProcessingException)) {
            return new InvalidInputException(place(m, "file"), "cannot be read" + where);
        }
        return new InvalidInputException("file", "is not valid YAML or JSON" + where);
    }

    private static String place(JsonMappingException e, String fallback) {
        List<JsonMappingException.Reference> path = e.getPath();
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(r.getFieldName());
            }
        }
        return b.isEmpty() ? fallback : b.toString();
    }

    private static String known(Collection<Object> ids) {
        return ids.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
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
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "a mapping of fields";
    }
}
