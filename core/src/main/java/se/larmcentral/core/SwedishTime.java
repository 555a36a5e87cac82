package se.larmcentral.core;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Swedish local time, in which every local rule of the product (schedules, shifts, validity dates) is written. */
public final class SwedishTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private SwedishTime() {
    }

    /**
     * An instant as a person in Sweden reads it in a text (an explanation, a refusal): Swedish local time with its
     * offset, to the second, {@code 2017-12-23T16:59:59+01:00}, never UTC.
     */
    public static String text(Instant instant) {
        if (instant == null) {
            return "null";
        }
        return OffsetDateTime.ofInstant(instant, ZONE).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * Parses an instant given by a user or a client. It must carry its offset ({@code 2025-12-24T18:00+01:00}
     * or {@code ...Z}): a bare local time is ambiguous on the autumn change and is refused rather than guessed.
     */
    public static Instant parseInstant(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is missing; give an instant with its offset, e.g. 2025-12-24T18:00+01:00");
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + text + "' is not an instant with a zone offset"
                    + " (e.g. 2025-12-24T18:00+01:00 or 2025-12-24T17:00Z)");
        }
    }
}
