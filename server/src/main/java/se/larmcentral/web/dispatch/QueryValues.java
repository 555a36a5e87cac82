package se.larmcentral.web.dispatch;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Query parameters of the dispatch endpoints, parsed with errors that name the parameter. */
final class QueryValues {

    private QueryValues() {
    }

    static GeoPoint position(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(name, "is missing; give LAT,LON in degrees");
        }
        try {
            return GeoPoint.parse(name, text);
        } catch (InvalidInputException e) {
            throw e.field() != null && e.field().equals(name) ? e : new InvalidInputException(name, e.reason());
        }
    }

    static int priority(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(name, "is missing; give 1, 2, 3 or 4");
        }
        try {
            int priority = Integer.parseInt(text.strip());
            if (priority >= 1 && priority <= 4) {
                return priority;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException(name, "must be 1, 2, 3 or 4, was '" + text + "'");
    }

    /** An enum constant by name, case-insensitive, with '-' for '_'; {@code fallback} when absent. */
    static <E extends Enum<E>> E constant(String name, String text, Class<E> type, E fallback) {
        if (text == null || text.isBlank()) {
            if (fallback == null) {
                throw new InvalidInputException(name, "is missing; one of " + names(type));
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "must be one of " + names(type) + ", was '" + text + "'");
        }
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
