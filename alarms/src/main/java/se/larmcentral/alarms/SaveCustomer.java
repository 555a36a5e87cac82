package se.larmcentral.alarms;

import se.larmcentral.alarms.plans.Customer;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;

import java.time.Instant;

/** Registers a customer of the alarm service, or replaces its details. */
public record SaveCustomer(Customer customer) implements Command<CentreState, Customer> {

    @Override
    public Decision<Customer> decide(CentreState state, Instant now) {
        return Decision.of(customer, new AlarmEvent.CustomerSaved(customer));
    }
}
