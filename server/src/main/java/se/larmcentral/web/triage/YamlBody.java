package se.larmcentral.web.triage;

import io.javalin.http.Context;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.web.BoundedBody;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a YAML document sent as the request body ({@code application/yaml}) within the size limit of every body:
 * too large is 413; a wrong content type, an empty body or text that is not UTF-8 is 400 naming it.
 */
final class YamlBody {

    static final String CONTENT_TYPE = "application/yaml";
    private static final Set<String> ACCEPTED = Set.of(CONTENT_TYPE, "application/x-yaml", "text/yaml", "text/x-yaml");

    private final BoundedBody bounded;

    YamlBody(long maxBytes) {
        this.bounded = new BoundedBody(maxBytes);
    }

    String read(Context ctx) {
        String contentType = ctx.contentType();
        String mediaType = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!ACCEPTED.contains(mediaType)) {
            throw new InvalidInputException("Content-Type", "must be " + CONTENT_TYPE + ", was " + contentType);
        }
        byte[] body = bounded.read(ctx);
        if (body.length == 0) {
            throw new InvalidInputException("body", "is empty; send the document as YAML (" + CONTENT_TYPE + ")");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("body", "is not UTF-8 text");
        }
    }
}
