package se.larmcentral.crisis.cap;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * CAP's date-times: whole seconds with a numeric offset ({@code 2026-12-07T22:00:00+01:00}; CAP forbids {@code Z}),
 * written in Swedish time.
 */
final class CapTime {

    static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[-+]\\d\\d:\\d\\d");
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private CapTime() {
    }

    static String write(Instant instant) {
        return WRITTEN.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(SWEDEN));
    }

    /** The instant, or null when the text is not a CAP date-time. */
    static Instant read(String text) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
