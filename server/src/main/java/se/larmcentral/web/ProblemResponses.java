package se.larmcentral.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.larmcentral.core.DomainException;
import se.larmcentral.journal.AlreadyRecordedException;
import se.larmcentral.journal.NotActiveException;
import se.larmcentral.web.auth.UnauthenticatedException;

/** Maps every failure to an RFC 9457 problem answer; unexpected ones are logged, never shown as a stack trace. */
final class ProblemResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    private ProblemResponses() {
    }

    static void install(RoutesConfig routes, ObjectMapper mapper) {
        routes.exception(DomainException.class, (e, ctx) -> write(ctx, mapper, switch (e.kind()) {
            case INVALID_INPUT -> Problem.of(400, "Invalid input", e.getMessage(), e.field());
            case NOT_FOUND -> Problem.of(404, "Not found", e.getMessage(), e.field());
            case CONFLICT -> Problem.of(409, "Conflict with current state", e.getMessage(), e.field());
            case UNAVAILABLE -> Problem.of(503, "Unavailable", e.getMessage(), null);
        }));
        // a standby refuses commands: the client retries (the console does, with the same key) or goes to the active node
        routes.exception(NotActiveException.class, (e, ctx) -> {
            ctx.header("Retry-After", "1");
            if (e.active() != null && e.active().advertiseUrl() != null) {
                ctx.header("Larm-Active-Node", e.active().advertiseUrl());
            }
            write(ctx, mapper, Problem.of(503, "Standby node", e.getMessage(), null));
        });
        // a retry of a keyed request whose commands the journal already holds (the first answer was lost in a failover)
        routes.exception(AlreadyRecordedException.class, (e, ctx) -> {
            ctx.status(200).header("Idempotent-Replayed", "true");
            try {
                ctx.contentType("application/json").result(mapper.writeValueAsBytes(new AlreadyRecorded(true,
                        e.recorded().firstSequence(), e.recorded().lastSequence())));
            } catch (JsonProcessingException failed) {
                ctx.result("{\"alreadyRecorded\":true}");
            }
        });
        routes.exception(UnauthenticatedException.class, (e, ctx) ->
                write(ctx, mapper, Problem.of(401, "Not authenticated", e.getMessage(), null)));
        routes.exception(TooManyRequestsException.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            write(ctx, mapper, Problem.of(429, "Too many requests", e.getMessage(), null));
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            Problem problem = Problem.of(e.getStatus(), title(e.getStatus()), e.getMessage(), null);
            // a body too large was drained as far as it is worth; one too slow is not waited for twice
            if (e.getStatus() == 413 || e.getStatus() == 408) {
                answer(ctx, mapper, problem);
            } else {
                write(ctx, mapper, problem);
            }
        });
        // Jetty's refusal of a request it was reading (a broken chunk, a body it gave up on): its status, its words.
        routes.exception(org.eclipse.jetty.http.BadMessageException.class, (e, ctx) ->
                answer(ctx, mapper, Problem.of(e.getCode(), title(e.getCode()), "the request was refused while it was read: "
                        + e.getReason(), null)));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, mapper, Problem.of(500, "Internal error",
                    "the server failed unexpectedly; the failure is logged. Nothing was recorded unless the answer said so.", null));
        });
        routes.error(404, ctx -> {
            if (!Problem.CONTENT_TYPE.equals(ctx.res().getContentType())) {
                write(ctx, mapper, Problem.of(404, "Not found", "no resource at " + ctx.method() + " " + ctx.path(), null));
            }
        });
        routes.error(405, ctx -> write(ctx, mapper,
                Problem.of(405, "Method not allowed", ctx.method() + " is not allowed on " + ctx.path(), null)));
    }

    /** The answer to a retry whose first submission was recorded: the journal rows its events took. */
    record AlreadyRecorded(boolean alreadyRecorded, long firstSequence, long lastSequence) {
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Not authenticated";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 413 -> "Request body too large";
            case 408 -> "Request timeout";
            case 415 -> "Unsupported media type";
            case 429 -> "Too many requests";
            default -> "HTTP " + status;
        };
    }

    /** Answers with the problem after reading what is left of the request body (see {@link BoundedBody#discardUnread}). */
    static void write(Context ctx, ObjectMapper mapper, Problem problem) {
        BoundedBody.discardUnread(ctx);
        answer(ctx, mapper, problem);
    }

    private static void answer(Context ctx, ObjectMapper mapper, Problem problem) {
        try {
            // Bytes, not a String: Jetty would encode a String as ISO-8859-1 for a content type without a charset,
            // and problems name Swedish places ("Värmdö"). JSON is UTF-8 (RFC 8259).
            ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(mapper.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            ctx.status(500).result("internal error");
        }
    }
}
