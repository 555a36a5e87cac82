package se.larmcentral.web.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import se.larmcentral.centre.CentreState;
import se.larmcentral.web.BoundedBody;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a {@link Scope} may look at to tell what a request touches: the request itself, its JSON body (read once and
 * kept, so the handler reads the same bytes), the centre's current state, and the instant.
 */
public final class RequestFacts {

    /** Reads the centre's current state (the command loop's durable state). */
    @FunctionalInterface
    public interface StateReader {
        <T> T read(Function<CentreState, T> query);
    }

    private final Context context;
    private final StateReader state;
    private final BoundedBody body;
    private final ObjectMapper json;
    private final Instant now;

    RequestFacts(Context context, StateReader state, BoundedBody body, ObjectMapper json, Instant now) {
        this.context = context;
        this.state = state;
        this.body = body;
        this.json = json;
        this.now = now;
    }

    public Context context() {
        return context;
    }

    public <T> T read(Function<CentreState, T> query) {
        return state.read(query);
    }

    public Instant now() {
        return now;
    }

    /** The body as JSON, or empty when it is not a JSON object (the handler then refuses it with its own words). */
    public Optional<JsonNode> jsonBody() {
        String type = context.contentType();
        if (type != null && !type.toLowerCase().contains("json")) {
            return Optional.empty();
        }
        byte[] bytes = body.read(context);
        if (bytes.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode node = json.readTree(bytes);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
