package se.larmcentral.alarms.plans;

import se.larmcentral.core.InvalidInputException;

import java.util.Locale;
import java.util.regex.Pattern;

/** The checks the customer register's records share; each error names the field and the reason. */
final class Fields {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private Fields() {
    }

    static String id(String field, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new InvalidInputException(field, "must be 1-40 lower-case letters, digits or '-', starting with a"
                    + " letter or digit, was " + shown(value));
        }
        return value;
    }

    static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is missing");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters, was " + stripped.length());
        }
        return stripped;
    }

    static <E extends Enum<E>> E choice(String field, Class<E> type, String value) {
        if (value != null) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(value.strip())) {
                    return e;
                }
            }
        }
        StringBuilder names = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            names.append(names.isEmpty() ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
        }
        throw new InvalidInputException(field, "must be one of " + names + ", was " + shown(value));
    }

    private static String shown(String value) {
        return value == null ? "nothing" : "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }
}
