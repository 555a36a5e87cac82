package se.larmcentral.social;

import java.time.Instant;

import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.PhoneNumber;

/** Takes a direct number away from its municipality. */
public record RemoveDirectNumber(PhoneNumber number) implements Command<SocialState, PhoneNumber> {

    @Override
    public Decision<PhoneNumber> decide(SocialState state, Instant now) {
        DirectNumber removed = state.directNumber(number).orElseThrow(() -> new NotFoundException("number",
                "number: " + number + " is not a direct number of any municipality"));
        return Decision.of(number, new DirectNumberRemoved(number, removed.municipality()));
    }
}
