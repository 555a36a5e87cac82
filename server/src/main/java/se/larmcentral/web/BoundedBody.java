package se.larmcentral.web;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
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
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                drain(in);
                throw tooLarge("has more than " + maxBytes + " bytes");
            }
            return body;
        } catch (IOException e) {
            throw new InvalidInputException("body", "cannot be read: " + e.getMessage());
        }
    }

    private ContentTooLargeResponse tooLarge(String what) {
        return new ContentTooLargeResponse("the request body " + what + "; at most " + maxBytes + " are accepted",
                Map.of());
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
