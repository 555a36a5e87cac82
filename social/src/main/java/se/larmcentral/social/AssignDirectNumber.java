package se.larmcentral.social;

import java.time.Instant;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;

/** Gives a municipality a direct number into the centre. */
public record AssignDirectNumber(PhoneNumber number, String municipality) implements Command<SocialState, PhoneNumber> {

    @Override
    public Decision<PhoneNumber> decide(SocialState state, Instant now) {
        if (number == null) {
            throw new InvalidInputException("number", "is missing; give a Swedish or E.164 telephone number");
        }
        state.requireLineOwner("municipality", municipality);
        state.directNumber(number).ifPresent(d -> {
            throw new ConflictException("number", number + " is already the direct number of municipality " + d.municipality());
        });
        return Decision.of(number, new DirectNumberAssigned(new DirectNumber(number, municipality)));
    }
}
