package se.larmcentral.web;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import se.larmcentral.core.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * A request body read within the configured size limit, whether its length is declared or it comes chunked:
 * larger is refused with 413 before it is parsed. The bytes are kept on the request, so the access gate (which may
 * look at a creation's body) and the handler read the same body.
 */
public final class BoundedBody {

    private static final String KEPT = "larm.body";
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;
    /** How long a body may take to arrive: a megabyte over a slow mobile link takes a few seconds. */
    static final java.time.Duration DEADLINE = java.time.Duration.ofSeconds(30);

    private final long maxBytes;

    public BoundedBody(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The body as already read within a limit by an earlier step (the gate, the idempotency check), or null. */
    public static byte[] kept(Context ctx) {
        return ctx.attribute(KEPT);
    }

    public byte[] read(Context ctx) {
        byte[] kept = ctx.attribute(KEPT);
        if (kept != null) {
            return kept;
        }
        byte[] body = readBounded(ctx);
        ctx.attribute(KEPT, body);
        return body;
    }

    private byte[] readBounded(Context ctx) {
        long declared = ctx.contentLength();
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > maxBytes) {
                drain(in);
                throw tooLarge("has " + declared + " bytes");
            }
            byte[] body = readWithin(in, (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                drain(in);
                throw tooLarge("has more than " + maxBytes + " bytes");
            }
            return body;
        } catch (IOException e) {
            throw new InvalidInputException("body", "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads up to {@code limit} bytes, refusing (408) a body still arriving after {@link #DEADLINE}: a client
     * trickling its body is never idle long enough for the idle timeout, so without a deadline it would hold the
     * request for as long as it likes. Checked between reads, so the bound is the deadline plus one idle timeout.
     */
    private static byte[] readWithin(InputStream in, int limit) throws IOException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        byte[] chunk = new byte[16 * 1024];
        int n;
        while (body.size() < limit && (n = in.read(chunk, 0, Math.min(chunk.length, limit - body.size()))) >= 0) {
            body.write(chunk, 0, n);
            if (System.nanoTime() - deadline > 0 && body.size() < limit) {
                throw new HttpResponseException(408, "the request body did not arrive within " + DEADLINE.toSeconds()
                        + " s; send it at once", Map.of());
            }
        }
        return body.toByteArray();
    }

    private ContentTooLargeResponse tooLarge(String what) {
        return new ContentTooLargeResponse("the request body " + what + "; at most " + maxBytes + " are accepted",
                Map.of());
    }

    /**
     * Reads and discards a body nobody read (within the drain bound and {@link #DEADLINE}) before a refusal is sent.
     * Jetty closes a connection whose body was abandoned with a reset, and on a busy machine the reset can overtake
     * the refusal: the client then sees the connection closed with no answer at all (jetty#2867). A body that cannot
     * be drained in time is left to Jetty as before.
     */
    public static void discardUnread(Context ctx) {
        if (ctx.attribute(KEPT) != null) {
            return;
        }
        try {
            InputStream in = ctx.req().getInputStream();
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            long left = DRAIN_LIMIT;
            byte[] sink = new byte[64 * 1024];
            int n;
            while (left > 0 && System.nanoTime() - deadline < 0
                    && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) >= 0) {
                left -= n;
            }
        } catch (IOException | RuntimeException unreadable) {
            // the connection is going anyway; the refusal is still the answer
        }
    }

    /**
     * Reads and discards what is left of a refused body (up to a bound), so the client, still sending, gets the
     * 413 answer instead of a connection closed under it. Beyond the bound the connection is dropped.
     */
    private static void drain(InputStream in) throws IOException {
        long left = DRAIN_LIMIT;
        byte[] sink = new byte[64 * 1024];
        int n;
        while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) >= 0) {
            left -= n;
        }
    }
}
