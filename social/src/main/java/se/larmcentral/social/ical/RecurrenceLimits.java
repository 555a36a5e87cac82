package se.larmcentral.social.ical;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.transform.recurrence.Frequency;

import se.larmcentral.core.InvalidInputException;

/**
 * Keeps one roster import within bounds before its recurrences are expanded: no rule repeating more often than
 * hourly, no rule whose BY-parts generate more than {@link #MAX_DATES_PER_STEP} dates in one step (ical4j builds
 * a step's dates in memory before any maximum applies: 12 months x 31 days x 24 x 60 x 60 is 32 million), no rule
 * that would generate more than {@link #MAX_STEPS} candidate dates to reach the end of the period, and at most
 * {@link #MAX_SHIFTS} shifts in all. Counting uses ical4j with a maximum, so a refused file costs no more than the
 * limit.
 */
final class RecurrenceLimits {

    /** Shifts one import may hold: a year of two shifts a day for several people, with room to spare. */
    static final int MAX_SHIFTS = 5_000;
    /** Candidate dates (repetitions times dates per repetition) a rule may generate from its start to the end of the period. */
    static final long MAX_STEPS = 100_000;
    /** Dates one step of a rule may generate from its BY-parts: a year of every day at two hours is 744. */
    static final long MAX_DATES_PER_STEP = 1_000;

    private final ZonedDateTime from;
    private final ZonedDateTime to;
    private int remaining = MAX_SHIFTS;

    RecurrenceLimits(ZonedDateTime from, ZonedDateTime to) {
        this.from = from;
        this.to = to;
    }

    /**
     * Counts the event's occurrences starting in the period (an upper bound: EXDATEs are not subtracted) against
     * what is left of the import's allowance; refuses, naming the event, when a rule repeats too often or the
     * allowance would be exceeded.
     */
    void reserve(VEvent event, Temporal seed, Instant seedInstant, String name, String label) {
        int count = 0;
        List<Property> rules = event.getProperties(Property.RRULE);
        for (Property property : rules) {
            Recur<Temporal> recur = recur(property);
            Frequency frequency = recur.getFrequency();
            if (frequency == Frequency.SECONDLY || frequency == Frequency.MINUTELY) {
                throw new InvalidInputException(name + ".RRULE", label + " repeats " + frequency
                        + "; a roster shift repeats at most hourly");
            }
            long perStep = datesPerStep(recur);
            if (perStep > MAX_DATES_PER_STEP) {
                throw new InvalidInputException(name + ".RRULE", label + " generates up to " + perStep
                        + " dates in each " + frequency + " step from its BY-parts; at most " + MAX_DATES_PER_STEP
                        + " are accepted");
            }
            long steps = Duration.between(seedInstant, to.toInstant()).dividedBy(step(frequency, recur.getInterval()));
            if (saturatedTimes(steps, perStep) > MAX_STEPS) {
                throw new InvalidInputException(name + ".RRULE", label + " repeats " + frequency + " from " + seedInstant
                        + ", over " + MAX_STEPS + " candidate dates (" + steps + " repetitions of up to " + perStep
                        + ") before the end of the imported period; start the rule nearer to it");
            }
            count += recur.getDates(seed, from, to, remaining - count + 1).size();
            requireWithin(count, name + ".RRULE", label);
        }
        if (rules.isEmpty()) {
            count++;
        }
        for (Property rdate : event.getProperties(Property.RDATE)) {
            count += rdate instanceof DateListProperty<?> list ? list.getDates().size() : 1;
        }
        requireWithin(count, name + ".RDATE", label);
        remaining -= count;
    }

    private void requireWithin(int count, String field, String label) {
        if (count > remaining) {
            throw new InvalidInputException(field, label + " would bring the import over " + MAX_SHIFTS
                    + " shifts; import a shorter period");
        }
    }

    /**
     * An upper bound on the dates one step of the rule yields before BYSETPOS and the period filter them: the
     * product of its BY-lists, a weekday without an ordinal counting as every such weekday of the step's year or
     * month. Saturates rather than overflows.
     */
    static long datesPerStep(Recur<?> recur) {
        Frequency frequency = recur.getFrequency();
        long weeksPerDay = frequency == Frequency.YEARLY && recur.getMonthList().isEmpty() && recur.getWeekNoList().isEmpty()
                ? 53 : frequency == Frequency.YEARLY || frequency == Frequency.MONTHLY ? 5 : 1;
        long days = recur.getDayList().stream().mapToLong(d -> d.getOffset() == 0 ? weeksPerDay : 1).sum();
        long product = 1;
        for (long size : new long[] {recur.getMonthList().size(), recur.getWeekNoList().size(),
                recur.getYearDayList().size(), recur.getMonthDayList().size(), days, recur.getHourList().size(),
                recur.getMinuteList().size(), recur.getSecondList().size()}) {
            product = size == 0 ? product : saturatedTimes(product, size);
        }
        return product;
    }

    private static long saturatedTimes(long a, long b) {
        return Math.multiplyHigh(a, b) != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }

    @SuppressWarnings("unchecked")
    private static Recur<Temporal> recur(Property property) {
        return ((RRule<Temporal>) property).getRecur();
    }

    /** The shortest time between two repetitions of a rule of this frequency and interval. */
    private static Duration step(Frequency frequency, int interval) {
        Duration unit = switch (frequency) {
            case SECONDLY -> Duration.ofSeconds(1);
            case MINUTELY -> Duration.ofMinutes(1);
            case HOURLY -> Duration.ofHours(1);
            case DAILY -> Duration.ofDays(1);
            case WEEKLY -> Duration.ofDays(7);
            case MONTHLY -> Duration.ofDays(28);
            case YEARLY -> Duration.ofDays(365);
        };
        return unit.multipliedBy(Math.max(1, interval));
    }
}
