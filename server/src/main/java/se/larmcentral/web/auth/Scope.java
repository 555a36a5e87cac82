package se.larmcentral.web.auth;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;
import java.util.Set;

/**
 * What a scoped rule finds in a request: the municipality codes or unit ids it touches, and how a principal's own
 * ones must match. Nothing found (an unknown id, a missing field) refuses the scoped principal, who learns nothing
 * more than with an id of someone else's.
 *
 * @param what     in words, for the refusal: "the municipality in the path"
 * @param match    {@link Match#ALL}: everything touched must be theirs; {@link Match#ANY}: one is enough (a jour
 *                 belongs to every municipality it serves); {@link Match#FILTERED}: the request touches nothing in
 *                 particular and the handler answers with only what concerns their own (the journal's stream)
 * @param resolver finds what the request touches
 */
public record Scope(String what, Match match, Resolver resolver) {

    public enum Match { ALL, ANY, FILTERED }

    /** Finds what a request touches; empty when it cannot tell. */
    @FunctionalInterface
    public interface Resolver {
        Set<String> touched(RequestFacts request);
    }

    public Scope {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(resolver, "resolver");
    }

    /** The value of a path parameter, e.g. {@code {code}} or {@code {unitId}}. */
    public static Scope pathParam(String name, String what) {
        return new Scope(what, Match.ALL, request -> single(request.context().pathParamMap().get(name)));
    }

    /** The value of a query parameter; absent means "every one", which no scoped principal may ask for. */
    public static Scope queryParam(String name, String what) {
        return new Scope(what, Match.ALL, request -> single(request.context().queryParam(name)));
    }

    /** A text field of the JSON body, for creations (the thing does not exist yet to be looked up). */
    public static Scope bodyField(String name, String what) {
        return new Scope(what, Match.ALL, request -> request.jsonBody()
                .map(body -> body.get(name))
                .filter(JsonNode::isTextual)
                .map(node -> single(node.asText()))
                .orElse(Set.of()));
    }

    /**
     * Every principal of the scoped role who has something of their own (a municipality administrator with at least
     * one municipality); the handler must then answer only with what concerns their own.
     */
    public static Scope filteredToOwn(String what) {
        return new Scope(what, Match.FILTERED, request -> Set.of());
    }

    /** The value exactly as the handler will use it (not stripped: "0182 " is not Nacka's code). */
    private static Set<String> single(String value) {
        return value == null || value.isBlank() ? Set.of() : Set.of(value);
    }

    /** Whether a principal owning {@code own} may make this request. */
    public boolean admits(RequestFacts request, Set<String> own) {
        if (own.isEmpty()) {
            return false;
        }
        if (match == Match.FILTERED) {
            return true;
        }
        Set<String> touched = resolver.touched(request);
        if (touched.isEmpty()) {
            return false;
        }
        return match == Match.ALL ? own.containsAll(touched) : touched.stream().anyMatch(own::contains);
    }
}
