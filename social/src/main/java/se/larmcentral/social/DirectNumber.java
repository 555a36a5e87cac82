package se.larmcentral.social;

import java.util.Objects;

import se.larmcentral.core.PhoneNumber;

/**
 * A number into the centre that belongs to a municipality (direktnummer), or the number of a customer's on-call line
 * ({@code municipality} is then the customer's id); its calls are routed like 112 social calls.
 */
public record DirectNumber(PhoneNumber number, String municipality) {

    public DirectNumber {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(municipality, "municipality");
    }
}
