package se.larmcentral.alarms.dc09;

import java.time.Duration;
import java.time.Instant;

/**
 * How far a message's timestamp may be from the receiver's time: DC-09 takes up to 20 s ahead and 40 s behind.
 * A message outside it is answered NAK with the receiver's time, so the transmitter can set its clock.
 */
public record TimestampWindow(Duration ahead, Duration behind) {

    public static final TimestampWindow STANDARD = new TimestampWindow(Duration.ofSeconds(20), Duration.ofSeconds(40));

    public TimestampWindow {
        if (ahead.isNegative() || behind.isNegative()) {
            throw new IllegalArgumentException("timestamp window: must not be negative");
        }
    }

    boolean admits(Instant sent, Instant now) {
        return !sent.isAfter(now.plus(ahead)) && !sent.isBefore(now.minus(behind));
    }
}
