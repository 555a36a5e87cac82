package se.larmcentral.social;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;

/**
 * A social on-call service (socialjour, social beredskap), its own entity because one jour often serves
 * several municipalities (Socialjour Sydost serves Nacka, Tyresö and Värmdö): a change here reaches all of
 * them. Its roster (jourlista) is kept in {@link Roster}.
 *
 * @param id                     stable key, e.g. {@code sydost}
 * @param name                   as the operator says it
 * @param number                 the jour's own number, or {@code null} when it is reached only through its roster
 * @param answeredAroundTheClock whether {@code number} is answered round the clock (the basic service's condition)
 * @param hours                  the jour's opening hours as text for the operator, or {@code null}
 * @param outsideHours           what {@code number} does outside the jour's hours (a recorded message, the
 *                               switchboard), so the operator can tell the caller; or {@code null}
 */
public record Jour(String id, String name, PhoneNumber number, boolean answeredAroundTheClock, String hours, String outsideHours) {

    public Jour {
        // a narrower alphabet than the centre's Identifier (se.larmcentral.core.Identifier), as configuration files write it
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new InvalidInputException("jour", "id must be 1-64 lower-case letters, digits or '-', was '" + id + "'");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "jour " + id + " needs a name");
        }
        if (answeredAroundTheClock && number == null) {
            throw new InvalidInputException("answeredAroundTheClock", "jour " + id + " has no number to be answered round the clock");
        }
    }
}
