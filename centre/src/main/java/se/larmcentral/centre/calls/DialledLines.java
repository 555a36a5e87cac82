package se.larmcentral.centre.calls;

import se.larmcentral.calls.DialledLine;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.social.DirectNumber;
import se.larmcentral.social.SocialState;

import java.util.Optional;

/**
 * The dialled line of an intake, checked against the social module's registers: a direct number known there belongs
 * to its municipality (a conflicting code is refused, an omitted one is filled in) or is a customer's on-call line
 * (no municipality; one given is refused); any municipality code given must be in the municipality register. Errors name the request's field ({@code dialled}, {@code municipality}).
 */
public final class DialledLines {

    private DialledLines() {
    }

    public static DialledLine resolve(String dialled, String municipality, SocialState social) {
        String given = municipality == null || municipality.isBlank() ? null : municipality.strip();
        if (dialled == null || dialled.isBlank() || DialledLine.isServiceNumber(dialled)) {
            return DialledLine.parse("dialled", dialled, given);
        }
        PhoneNumber number = PhoneNumber.parse("dialled", dialled);
        Optional<DirectNumber> known = social.directNumber(number);
        if (known.isPresent()) {
            String owner = known.get().municipality();
            if (social.customer(owner).isPresent()) {
                if (given != null) {
                    throw new InvalidInputException("municipality", "'" + given + "': " + number.national() + " is the"
                            + " on-call line of customer " + owner + ", which belongs to no municipality; leave it out");
                }
                return DialledLine.customerLine(number);
            }
            if (given != null && !given.equals(owner)) {
                throw new InvalidInputException("municipality", "'" + given + "' conflicts with the register of direct"
                        + " numbers: " + number.national() + " belongs to " + owner + " " + name(social, owner));
            }
            return DialledLine.direct(number, owner);
        }
        if (given == null) {
            throw new InvalidInputException("dialled", "'" + dialled + "' is a direct number not in the register of"
                    + " direct numbers; name the municipality it belongs to");
        }
        if (social.registry().find(given).isEmpty()) {
            throw new InvalidInputException("municipality", "'" + given + "' is not a municipality code in the"
                    + " municipality register");
        }
        return DialledLine.direct(number, given);
    }

    private static String name(SocialState social, String code) {
        return social.registry().find(code).map(m -> m.name()).orElse("");
    }
}
