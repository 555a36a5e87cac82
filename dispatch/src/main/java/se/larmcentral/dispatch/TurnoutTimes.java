package se.larmcentral.dispatch;

import se.larmcentral.core.InvalidInputException;

import java.time.Duration;

/**
 * Time to get going (utlarmningstid / turnout) before driving starts, by where the unit is when alerted.
 * Defaults (the product's choice, adjustable per region): {@code 90 s} from a station (crew to the vehicle, doors,
 * out of the garage), {@code 30 s} for a unit already on the road (available mobile, clear, or redirected while
 * driving), {@code 120 s} for a unit at hospital that has not reported clear (crew finishing the handover).
 */
public record TurnoutTimes(Duration atStation, Duration mobile, Duration atHospital) {

    public static final TurnoutTimes DEFAULT = new TurnoutTimes(Duration.ofSeconds(90), Duration.ofSeconds(30),
            Duration.ofSeconds(120));

    public TurnoutTimes {
        for (Duration d : new Duration[] {atStation, mobile, atHospital}) {
            if (d == null || d.isNegative()) {
                throw new InvalidInputException("turnout", "turnout times must be given and not negative");
            }
        }
    }
}
