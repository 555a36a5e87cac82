package se.larmcentral.core;

import java.util.Objects;

/**
 * Who caused a change: an operator, a unit device, an integration or the system itself.
 * Every command carries one into the journal, so the audit trail answers "who did this".
 *
 * @param id   stable identifier of the account or machine (for example a user name)
 * @param kind what sort of actor it is
 */
public record Actor(String id, Kind kind) {

    public enum Kind { PERSON, DEVICE, INTEGRATION, SYSTEM }

    /** The product itself, for changes no person asked for (demo data, timers). */
    public static final Actor SYSTEM = new Actor("system", Kind.SYSTEM);

    public Actor {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("actor", "must name who acts");
        }
        if (id.length() > 200) {
            throw new InvalidInputException("actor", "is longer than 200 characters");
        }
    }

    public static Actor person(String id) {
        return new Actor(id, Kind.PERSON);
    }
}
