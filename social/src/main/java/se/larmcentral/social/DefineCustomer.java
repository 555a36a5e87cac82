package se.larmcentral.social;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;

/**
 * Registers a customer whose on-call line the centre answers, with the line's number into the centre when it is
 * known (more numbers, or a number later, through {@link AssignDirectNumber}). Both or nothing. Answers its id.
 */
public record DefineCustomer(Customer customer, PhoneNumber number) implements Command<SocialState, String> {

    @Override
    public Decision<String> decide(SocialState state, Instant now) {
        if (customer == null) {
            throw new InvalidInputException("customer", "is missing");
        }
        if (state.customer(customer.id()).isPresent()) {
            throw new ConflictException("id", "a customer with id '" + customer.id() + "' already exists");
        }
        List<DomainEvent> events = new ArrayList<>(List.of(new CustomerDefined(customer)));
        if (number != null) {
            state.directNumber(number).ifPresent(d -> {
                throw new ConflictException("number", number.national() + " is already the number of " + d.municipality());
            });
            events.add(new DirectNumberAssigned(new DirectNumber(number, customer.id())));
        }
        return Decision.of(customer.id(), events);
    }
}
