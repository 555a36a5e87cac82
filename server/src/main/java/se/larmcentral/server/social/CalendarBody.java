package se.larmcentral.server.social;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import se.larmcentral.core.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Reads an uploaded iCalendar body ({@code text/calendar}) within the same size limit as JSON bodies: too large
 * is 413, a wrong content type or an empty body 400 naming it.
 */
final class CalendarBody {

    static final String CONTENT_TYPE = "text/calendar";

    private final long maxBytes;

    CalendarBody(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    byte[] read(Context ctx) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase().startsWith(CONTENT_TYPE)) {
            throw new InvalidInputException("Content-Type", "must be " + CONTENT_TYPE + ", was " + contentType);
        }
        if (ctx.contentLength() > maxBytes) {
            throw tooLarge("has " + ctx.contentLength() + " bytes");
        }
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new InvalidInputException("body", "cannot be read: " + e.getMessage());
        }
        if (body.length > maxBytes) {
            throw tooLarge("has more than " + maxBytes + " bytes");
        }
        if (body.length == 0) {
            throw new InvalidInputException("body", "is empty; send an iCalendar file (text/calendar)");
        }
        return body;
    }

    private ContentTooLargeResponse tooLarge(String what) {
        return new ContentTooLargeResponse("the calendar " + what + "; at most " + maxBytes + " are accepted", Map.of());
    }
}
