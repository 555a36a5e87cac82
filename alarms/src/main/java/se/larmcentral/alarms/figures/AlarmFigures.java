package se.larmcentral.alarms.figures;

import se.larmcentral.alarms.desk.ClosingReason;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.SwedishTime;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Response-time figures per customer of the alarm service (svarstider per kund) over whole Swedish days: signals
 * received, cases opened, time from receipt to an operator taking the case and to its closing (p50/p90, nearest
 * rank), and the share of closed cases that were false alarms. A pure function of the recorded times.
 */
public final class AlarmFigures {

    /** The longest period asked for at once. */
    public static final int MAX_DAYS = 366;

    private AlarmFigures() {
    }

    /** Whole Swedish days, {@code from} and {@code to} both included. */
    public record Period(LocalDate from, LocalDate to) {

        /**
         * From what a person typed ({@code 2026-12-01}); a missing {@code from} is {@code to}, a missing {@code to}
         * is today.
         */
        public static Period of(String from, String to, LocalDate today) {
            LocalDate end = date("to", to, today);
            LocalDate start = date("from", from, end);
            if (end.isBefore(start)) {
                throw new InvalidInputException("to", "is before from (" + start + "), was " + end);
            }
            if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
                throw new InvalidInputException("to", "the period may be at most " + MAX_DAYS + " days, was "
                        + (ChronoUnit.DAYS.between(start, end) + 1));
            }
            return new Period(start, end);
        }

        private static LocalDate date(String field, String text, LocalDate fallback) {
            if (text == null || text.isBlank()) {
                return fallback;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                String shown = text.strip().length() > 40 ? text.strip().substring(0, 40) + "…" : text.strip();
                throw new InvalidInputException(field, "must be a date as yyyy-mm-dd (Swedish time), was '" + shown + "'");
            }
        }

        boolean holds(java.time.Instant at) {
            LocalDate day = LocalDate.ofInstant(at, SwedishTime.ZONE);
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /**
     * One customer's figures; times in whole seconds, null when there is nothing to measure.
     *
     * @param customerId empty for accounts that belong to no object
     * @param taken      cases an operator took; {@code takeP50}/{@code takeP90} of their time to take
     * @param closed     cases closed; {@code closeP50}/{@code closeP90} of their time from receipt to closing
     * @param falseAlarmShare false alarms among the closed cases, 0-1, null when none was closed
     */
    public record CustomerFigures(String customerId, String name, long received, int cases, int taken, Long takeP50,
                                  Long takeP90, int closed, Long closeP50, Long closeP90, int falseAlarms,
                                  Double falseAlarmShare) {
    }

    public record Figures(LocalDate from, LocalDate to, String zone, List<CustomerFigures> customers) {
    }

    /**
     * @param names a customer's name by id (null: not registered; then the id is shown)
     */
    public static Figures of(Period period, List<CaseTimes> cases, Map<String, Map<LocalDate, Long>> received,
                             Function<String, String> names) {
        Set<String> customers = new HashSet<>();
        received.forEach((customer, days) -> {
            if (days.entrySet().stream().anyMatch(d -> inside(period, d.getKey()))) {
                customers.add(customer);
            }
        });
        List<CaseTimes> inPeriod = cases.stream().filter(c -> period.holds(c.receivedAt())).toList();
        inPeriod.forEach(c -> customers.add(key(c.customerId())));
        List<CustomerFigures> rows = new ArrayList<>();
        for (String customer : customers) {
            List<CaseTimes> own = inPeriod.stream().filter(c -> key(c.customerId()).equals(customer)).toList();
            long signals = received.getOrDefault(customer, Map.of()).entrySet().stream()
                    .filter(d -> inside(period, d.getKey())).mapToLong(Map.Entry::getValue).sum();
            List<Long> take = own.stream().filter(c -> c.takenAt() != null)
                    .map(c -> seconds(Duration.between(c.receivedAt(), c.takenAt()))).sorted().toList();
            List<Long> close = own.stream().filter(c -> c.closedAt() != null)
                    .map(c -> seconds(Duration.between(c.receivedAt(), c.closedAt()))).sorted().toList();
            int falseAlarms = (int) own.stream().filter(c -> c.reason() == ClosingReason.FALSE_ALARM).count();
            String name = customer.isEmpty() ? null : names.apply(customer);
            rows.add(new CustomerFigures(customer, name == null ? customer : name, signals, own.size(), take.size(),
                    rank(take, 50), rank(take, 90), close.size(), rank(close, 50), rank(close, 90), falseAlarms,
                    close.isEmpty() ? null : (double) falseAlarms / close.size()));
        }
        // registered customers by id; the accounts of no object last
        rows.sort(Comparator.comparing((CustomerFigures r) -> r.customerId().isEmpty()).thenComparing(CustomerFigures::customerId));
        return new Figures(period.from(), period.to(), SwedishTime.ZONE.getId(), rows);
    }

    private static boolean inside(Period period, LocalDate day) {
        return !day.isBefore(period.from()) && !day.isAfter(period.to());
    }

    private static String key(String customerId) {
        return customerId == null ? FigureLog.NO_CUSTOMER : customerId;
    }

    private static long seconds(Duration d) {
        return Math.max(0, d.toSeconds());
    }

    /** The nearest-rank percentile of sorted values, or null when there are none. */
    static Long rank(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
