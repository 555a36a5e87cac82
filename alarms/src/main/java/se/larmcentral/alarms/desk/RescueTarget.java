package se.larmcentral.alarms.desk;

import se.larmcentral.alarms.plans.RescueService;

/**
 * The rescue service a case's object would be alerted to: the one registered for the municipality its position lies
 * in, or why there is none (no object, the municipality not found, no service registered), in Swedish for the
 * operator.
 */
public sealed interface RescueTarget {

    record Known(RescueService service) implements RescueTarget {
    }

    record Unknown(String reason) implements RescueTarget {
    }
}
