package se.larmcentral.web.social;

import io.javalin.http.Context;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Query and path parameters of the social endpoints, parsed with errors naming the parameter. */
final class SocialParams {

    /** The longest period a plan, its gaps or a roster import may cover, so that one request stays cheap. */
    static final int MAX_PERIOD_DAYS = 400;

    private SocialParams() {
    }

    /** A period of Swedish days [from, to) from the query, both required, at most {@link #MAX_PERIOD_DAYS}. */
    record Period(LocalDate from, LocalDate to) {
    }

    static Period period(Context ctx) {
        LocalDate from = date("from", ctx.queryParam("from"));
        LocalDate to = date("to", ctx.queryParam("to"));
        if (!to.isAfter(from)) {
            throw new InvalidInputException("to", "the period must end after it begins (" + from + " to " + to + ")");
        }
        if (from.plusDays(MAX_PERIOD_DAYS).isBefore(to)) {
            throw new InvalidInputException("to", "the period may cover at most " + MAX_PERIOD_DAYS + " days");
        }
        return new Period(from, to);
    }

    static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(name, "is missing; give a date YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "'" + text + "' is not a date YYYY-MM-DD");
        }
    }

    static LocalDate optionalDate(String name, String text) {
        return text == null || text.isBlank() ? null : date(name, text);
    }

    static YearMonth month(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(name, "is missing; give a month YYYY-MM");
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "'" + text + "' is not a month YYYY-MM");
        }
    }

    static PhoneNumber optionalNumber(String name, String text) {
        return text == null || text.isBlank() ? null : PhoneNumber.parse(name, text);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
