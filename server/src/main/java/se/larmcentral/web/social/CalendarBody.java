package se.larmcentral.web.social;

import io.javalin.http.Context;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.web.BoundedBody;

/**
 * Reads an uploaded iCalendar body ({@code text/calendar}) within the same size limit as JSON bodies: too large
 * is 413, a wrong content type or an empty body 400 naming it.
 */
final class CalendarBody {

    static final String CONTENT_TYPE = "text/calendar";

    private final BoundedBody bounded;

    CalendarBody(BoundedBody bounded) {
        this.bounded = bounded;
    }

    byte[] read(Context ctx) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase().startsWith(CONTENT_TYPE)) {
            throw new InvalidInputException("Content-Type", "must be " + CONTENT_TYPE + ", was " + contentType);
        }
        byte[] body = bounded.read(ctx);
        if (body.length == 0) {
            throw new InvalidInputException("body", "is empty; send an iCalendar file (text/calendar)");
        }
        return body;
    }
}
