package se.larmcentral.calls.location;

import se.larmcentral.calls.FieldProblem;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads typed values from the text fields of one message, collecting a {@link FieldProblem} for every value that
 * cannot be used instead of throwing. Absent or empty fields give null without a problem.
 */
final class FieldReader {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final DateTimeFormatter COMPACT_UTC = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Map<String, String> fields;
    private final List<FieldProblem> problems = new ArrayList<>();

    FieldReader(Map<String, String> fields) {
        this.fields = fields;
    }

    List<FieldProblem> problems() {
        return problems;
    }

    void problem(String field, String value, String reason) {
        String shown = value == null ? "" : value.length() > 60 ? value.substring(0, 60) + "..." : value;
        problems.add(new FieldProblem(field, shown, reason));
    }

    boolean present(String field) {
        String value = fields.get(field);
        return value != null && !value.isBlank();
    }

    /** The text, or null when absent or empty. */
    String text(String field) {
        String value = fields.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    void requirePresent(String field) {
        if (!present(field)) {
            problem(field, null, "is missing");
        }
    }

    Double decimal(String field, double min, double max, String unit) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            problem(field, value, "is not a decimal number of " + unit);
            return null;
        }
        double parsed = Double.parseDouble(value);
        if (parsed < min || parsed > max) {
            problem(field, value, "must be " + plain(min) + " to " + plain(max) + " " + unit);
            return null;
        }
        return parsed;
    }

    Integer integer(String field, int min, int max, String unit) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,9}")) {
            problem(field, value, "is not a whole number of " + unit);
            return null;
        }
        int parsed = Integer.parseInt(value);
        if (parsed < min || parsed > max) {
            problem(field, value, "must be " + min + " to " + max + " " + unit);
            return null;
        }
        return parsed;
    }

    String digits(String field, int minLength, int maxLength, String what) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{" + minLength + "," + maxLength + "}")) {
            problem(field, value, "must be " + (minLength == maxLength ? minLength : minLength + " to " + maxLength)
                    + " digits (" + what + ")");
            return null;
        }
        return value;
    }

    /** {@code YYYYMMDDhhmmss} in UTC, as the SMS form gives the time of positioning. */
    Instant compactUtc(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value, COMPACT_UTC).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            problem(field, value, "is not a UTC time as YYYYMMDDhhmmss");
            return null;
        }
    }

    /** Milliseconds since 1970-01-01T00:00Z, as the HTTPS form gives times. */
    Instant epochMillis(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,15}")) {
            problem(field, value, "is not a time in milliseconds since 1970-01-01 UTC");
            return null;
        }
        return Instant.ofEpochMilli(Long.parseLong(value));
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
