package se.larmcentral.alarms.dc09;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** DC-09's timestamp, {@code _HH:MM:SS,MM-DD-YYYY} in UTC. */
final class Dc09Timestamp {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("'_'HH:mm:ss','MM-dd-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Dc09Timestamp() {
    }

    static String format(Instant instant) {
        return FORMAT.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Optional<Instant> parse(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text, FORMAT).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
