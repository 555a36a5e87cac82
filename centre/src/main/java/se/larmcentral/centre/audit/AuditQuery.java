package se.larmcentral.centre.audit;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.social.MunicipalityRegistry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which changes an audit lists.
 *
 * @param municipality SCB code, or null for every municipality
 * @param subjects     what the changes are about; empty for every subject
 * @param actor        only this actor's changes, or null for everyone's
 * @param from         changes at or after this instant, or null
 * @param to           changes before this instant, or null
 * @param after        only entries with a sequence number above this (paging)
 * @param limit        most entries in one answer
 */
public record AuditQuery(String municipality, Set<AuditSubject> subjects, String actor, Instant from, Instant to,
                         long after, int limit) {

    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_LIMIT = 5000;

    public AuditQuery {
        subjects = subjects.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(subjects));
    }

    /**
     * Reads a query from text as a request or the command line gives it; a bad value is refused naming the field as
     * {@code prefix + name} ({@code municipality}, or {@code --municipality} on the command line).
     *
     * @param subjects comma-separated subject names, or null for all
     * @param from     an instant with its offset, or a date (the start of that Swedish day)
     * @param to       likewise; a date means the end of that Swedish day
     */
    public static AuditQuery parse(String prefix, MunicipalityRegistry registry, String municipality, String subjects,
                                   String actor, String from, String to, String after, String limit) {
        String code = blankToNull(municipality);
        if (code != null && registry.find(code).isEmpty()) {
            throw new InvalidInputException(prefix + "municipality", "'" + code
                    + "' is not a municipality's SCB code (four digits, e.g. 0120 for Värmdö)");
        }
        Set<AuditSubject> wanted = EnumSet.noneOf(AuditSubject.class);
        if (blankToNull(subjects) != null) {
            for (String name : subjects.split(",")) {
                wanted.add(AuditSubject.parse(prefix + "subject", name));
            }
        }
        Instant start = instant(prefix + "from", from, false);
        Instant end = instant(prefix + "to", to, true);
        if (start != null && end != null && !end.isAfter(start)) {
            throw new InvalidInputException(prefix + "to", "must be after from (" + start + "), was " + end);
        }
        long afterSequence = number(prefix + "after", after, 0);
        if (afterSequence < 0) {
            throw new InvalidInputException(prefix + "after", "must be 0 or more");
        }
        long most = number(prefix + "limit", limit, DEFAULT_LIMIT);
        if (most < 1 || most > MAX_LIMIT) {
            throw new InvalidInputException(prefix + "limit", "must be between 1 and " + MAX_LIMIT + ", was " + most);
        }
        return new AuditQuery(code, wanted, blankToNull(actor), start, end, afterSequence, (int) most);
    }

    boolean wants(AuditSubject subject) {
        return subjects.isEmpty() || subjects.contains(subject);
    }

    private static Instant instant(String field, String text, boolean endOfDay) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(SwedishTime.ZONE).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date (2025-12-24) or an instant with its offset"
                    + " (2025-12-24T18:00+01:00), was '" + value + "'");
        }
    }

    private static long number(String field, String text, long fallback) {
        String value = blankToNull(text);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number, was '" + value + "'");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
