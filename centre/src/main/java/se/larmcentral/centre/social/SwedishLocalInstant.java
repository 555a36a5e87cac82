package se.larmcentral.centre.social;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.SwedishTime;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

/**
 * An instant typed by a person on the command line: with an offset it is taken as given; a bare local date-time
 * is Swedish local time (Europe/Stockholm), unless that wall-clock time does not exist (the spring change) or
 * occurs twice (the autumn change), when an explicit offset is asked for rather than guessed.
 */
public final class SwedishLocalInstant {

    private SwedishLocalInstant() {
    }

    public static Instant parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is missing; give a Swedish local time 2025-12-24T18:00 or an instant"
                    + " with its offset 2025-12-24T18:00+01:00");
        }
        String trimmed = text.strip();
        try {
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            LocalDateTime local;
            try {
                local = LocalDateTime.parse(trimmed);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(field, "'" + text + "' is neither a local date-time (2025-12-24T18:00,"
                        + " Swedish time) nor an instant with its offset (2025-12-24T18:00+01:00)");
            }
            return inSwedishTime(field, local);
        }
    }

    private static Instant inSwedishTime(String field, LocalDateTime local) {
        List<ZoneOffset> offsets = SwedishTime.ZONE.getRules().getValidOffsets(local);
        if (offsets.size() == 1) {
            return local.toInstant(offsets.getFirst());
        }
        ZoneOffsetTransition change = SwedishTime.ZONE.getRules().getTransition(local);
        if (offsets.isEmpty()) {
            throw new InvalidInputException(field, local + " does not exist in Swedish time: the clocks went from "
                    + change.getDateTimeBefore().toLocalTime() + " to " + change.getDateTimeAfter().toLocalTime()
                    + " that night; give an explicit offset (e.g. " + local + change.getOffsetBefore() + ")");
        }
        throw new InvalidInputException(field, local + " occurs twice in Swedish time (the clocks went back from "
                + change.getDateTimeBefore().toLocalTime() + " to " + change.getDateTimeAfter().toLocalTime()
                + "); give an explicit offset: " + local + offsets.get(0) + " or " + local + offsets.get(1));
    }
}
