package se.larmcentral.social.file;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;

/**
 * Finds the line and column of a place ({@code jours[0].nmber}) in a YAML or JSON document by reading it again
 * as a stream of tokens. Needed because Jackson reports some mapping errors (unknown fields of records) after the
 * object is read, from a buffer that has lost the position.
 */
final class PlaceLocator {

    private PlaceLocator() {
    }

    /** The position of the field name or element at {@code path}, or {@code null} when it is not found. */
    static JsonLocation locate(JsonFactory factory, byte[] document, List<Reference> path) {
        try (JsonParser p = factory.createParser(document)) {
            return p.nextToken() == null ? null : find(p, path, 0);
        } catch (IOException e) {
            return null;
        }
    }

    /** With the parser on the value at {@code path[0..depth)}, finds the rest of the path inside it. */
    private static JsonLocation find(JsonParser p, List<Reference> path, int depth) throws IOException {
        if (depth == path.size()) {
            return p.currentTokenLocation();
        }
        Reference step = path.get(depth);
        if (p.currentToken() == JsonToken.START_OBJECT && step.getFieldName() != null) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                boolean match = step.getFieldName().equals(p.currentName());
                JsonLocation nameAt = p.currentTokenLocation();
                p.nextToken();
                if (match) {
                    return depth + 1 == path.size() ? nameAt : find(p, path, depth + 1);
                }
                p.skipChildren();
            }
            return null;
        }
        if (p.currentToken() == JsonToken.START_ARRAY && step.getIndex() >= 0) {
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY && p.currentToken() != null) {
                if (index++ == step.getIndex()) {
                    return find(p, path, depth + 1);
                }
                p.skipChildren();
            }
        }
        return null;
    }
}
