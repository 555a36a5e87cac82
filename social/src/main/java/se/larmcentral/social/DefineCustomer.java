package se.larmcentral.social;

import java.time.Instant;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;

/** Registers a customer whose on-call line the centre answers. Answers its id. */
public record DefineCustomer(Customer customer) implements Command<SocialState, String> {

    @Override
    public Decision<String> decide(SocialState state, Instant now) {
        if (customer == null) {
            throw new InvalidInputException("customer", "is missing");
        }
        if (state.customer(customer.id()).isPresent()) {
            throw new ConflictException("id", "a customer with id '" + customer.id() + "' already exists");
        }
        return Decision.of(customer.id(), new CustomerDefined(customer));
    }
}
