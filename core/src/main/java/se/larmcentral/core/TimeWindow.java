package se.larmcentral.core;

import java.time.Duration;
import java.time.Instant;

/**
 * How far from the centre's clock an instant a client gives may lie. Every bound lives here (the table test holds
 * them): a value outside is refused naming the field, before anything is recorded.
 *
 * <table>
 *   <tr><th>window</th><th>back</th><th>ahead</th><th>for</th></tr>
 *   <tr><td>{@link #OBSERVED}</td><td>24 hours</td><td>2 seconds</td><td>when something happened, as the telephony,
 *       a handset saw it: a call's queuedAt, a reported position's determinedAt; a unit's position observedAt
 *       takes the same 24 hours back and 30 seconds ahead (ReportPosition.CLOCK_TOLERANCE, vehicle clocks)</td></tr>
 *   <tr><td>{@link #HANDSET}</td><td>24 hours</td><td>5 minutes</td><td>when a caller's handset or the network fixed
 *       a position (AML, PIDF-LO {@code determinedAt}): outside it the time is dropped and the position kept, since a
 *       handset's wrong clock must never cost the centre a caller's location</td></tr>
 *   <tr><td>{@link #RECORDED}</td><td>30 years</td><td>25 years</td><td>any instant in any event the centre records
 *       (validity periods, expiries, roster shifts): the backstop that keeps durations and calendars computable</td></tr>
 * </table>
 *
 * <p>The 2 seconds ahead are the telephony's clock skew allowed before; 24 hours back is far more than any queue or
 * position fix lasts (a call that waited a day is a wrong clock), yet lets a telephony that was cut off hand over
 * what it queued meanwhile.
 */
public record TimeWindow(String what, Duration back, Duration ahead) {

    public static final TimeWindow OBSERVED = new TimeWindow("an observed instant", Duration.ofHours(24),
            Duration.ofSeconds(2));
    public static final TimeWindow HANDSET = new TimeWindow("a handset's instant", Duration.ofHours(24),
            Duration.ofMinutes(5));
    public static final TimeWindow RECORDED = new TimeWindow("an instant", Duration.ofDays(30 * 365 + 7),
            Duration.ofDays(25 * 365 + 6));

    /** The instant when it lies in {@code [now - back, now + ahead]}; else refused naming {@code field}. Null passes. */
    public Instant check(String field, Instant value, Instant now) {
        if (value == null) {
            return null;
        }
        if (value.isBefore(earliest(now))) {
            throw new InvalidInputException(field, "is " + value + ", more than " + words(back) + " before now (" + now
                    + "); check the sender's clock");
        }
        if (value.isAfter(latest(now))) {
            throw new InvalidInputException(field, "is " + value + ", more than " + words(ahead) + " after now (" + now
                    + "); check the sender's clock");
        }
        return value;
    }

    /** Whether the instant lies in the window around {@code now}. */
    public boolean contains(Instant value, Instant now) {
        return !value.isBefore(earliest(now)) && !value.isAfter(latest(now));
    }

    public Instant earliest(Instant now) {
        return now.minus(back);
    }

    public Instant latest(Instant now) {
        return now.plus(ahead);
    }

    private static String words(Duration duration) {
        if (duration.toDays() >= 365) {
            return duration.toDays() / 365 + " years";
        }
        if (duration.toHours() >= 1) {
            return duration.toHours() + " hours";
        }
        return duration.toSeconds() + " seconds";
    }
}
