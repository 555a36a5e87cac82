package se.larmcentral.social.ical;

import java.net.URISyntaxException;
import java.time.format.DateTimeParseException;

import net.fortuna.ical4j.data.ParserException;

import se.larmcentral.core.InvalidInputException;

/**
 * Turns ical4j's parse errors into a reason a calendar's keeper can act on: the line and what is wrong with the
 * value there, without Java class names (ical4j passes its causes' {@code toString()} through).
 */
final class CalendarSyntaxErrors {

    /** A Java class name followed by a colon, as in {@code java.net.URISyntaxException: }. */
    private static final String CLASS_NAME_PREFIX = "\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error):\\s*";

    private CalendarSyntaxErrors() {
    }

    static InvalidInputException of(ParserException e) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof InvalidInputException ours) {
                return ours; // a check of ours that ran inside the parser (CheckedTimeZones) already names field and reason
            }
        }
        String line = e.getLineNo() > 0 ? "line " + e.getLineNo() + ": " : "";
        return new InvalidInputException("ics", "not a valid iCalendar file: " + line + reason(e));
    }

    static String reason(ParserException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof URISyntaxException u) {
            return "'" + u.getInput() + "' is not a valid URI (" + u.getReason().toLowerCase() + ")";
        }
        if (cause instanceof DateTimeParseException d) {
            return "'" + d.getParsedString() + "' is not a valid date or date-time";
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        message = message.replaceFirst("^Error at line \\d+:\\s*", "").replaceAll(CLASS_NAME_PREFIX, "").strip();
        return message.isEmpty() ? "the file cannot be read there" : message;
    }
}
