package se.larmcentral.web;

import io.javalin.http.Context;
import se.larmcentral.core.InvalidInputException;

import java.util.List;

/**
 * Which part of a list a request asks for: {@code offset} (default 0) and {@code limit} (a default, and at most a
 * maximum), so no answer grows with the centre's history; the answer's {@code next} is the offset of the next page,
 * or null on the last.
 */
public record PageRequest(int offset, int limit) {

    public static PageRequest of(Context ctx, int defaultLimit, int maxLimit) {
        int offset = number(ctx.queryParam("offset"), "offset", 0);
        int limit = number(ctx.queryParam("limit"), "limit", defaultLimit);
        if (offset < 0) {
            throw new InvalidInputException("offset", "must be 0 or more, was " + offset);
        }
        if (limit < 1 || limit > maxLimit) {
            throw new InvalidInputException("limit", "must be between 1 and " + maxLimit + ", was " + limit);
        }
        return new PageRequest(offset, limit);
    }

    /** Documents {@code offset} and {@code limit} on a route. */
    public static Route.Builder document(Route.Builder route, int defaultLimit, int maxLimit) {
        return route.query("offset", "how many to skip (paging; default 0; the answer's next gives the next page's)")
                .query("limit", "most in the page (1-" + maxLimit + ", default " + defaultLimit + ")");
    }

    public <T> List<T> slice(List<T> all) {
        return offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + limit));
    }

    /** The next page's offset, or null when this page reaches the end of {@code total}. */
    public Integer next(int total) {
        return (long) offset + limit < total ? offset + limit : null;
    }

    private static int number(String value, String name, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a whole number, was '" + value.replaceAll("[^\\x20-\\x7e]", "?") + "'");
        }
    }
}
