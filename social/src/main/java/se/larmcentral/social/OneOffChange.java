package se.larmcentral.social;

import java.time.LocalDateTime;
import java.util.Objects;

import se.larmcentral.core.Identifier;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;

/**
 * A one-off change for a stated interval of Swedish local time (the "before the holidays" case: 31 December
 * 12:00 to 2 January 08:00). Inside it, it takes precedence over every other rule of the agreement.
 *
 * @param id      stable key within the agreement
 * @param from    first covered wall-clock time
 * @param to      first wall-clock time no longer covered
 * @param action  connect to {@code number} or close
 * @param number  where to connect (CONNECT only)
 * @param note    for the operator: why, or (CLOSE) the message for the caller; may be {@code null}
 */
public record OneOffChange(String id, LocalDateTime from, LocalDateTime to, Action action, PhoneNumber number, String note) {

    /** What a one-off change does. */
    public enum Action { CONNECT, CLOSE }

    public OneOffChange {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("id", "a one-off change needs an id");
        }
        Identifier.require("id", id);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(action, "action");
        if (!to.isAfter(from)) {
            throw new InvalidInputException("to", "one-off change " + id + " ends at " + to + ", not after its start " + from);
        }
        if (action == Action.CONNECT && number == null) {
            throw new InvalidInputException("number", "one-off change " + id + " connects but names no number");
        }
        if (action == Action.CLOSE && number != null) {
            throw new InvalidInputException("number", "one-off change " + id + " closes, so it takes no number");
        }
    }

    public boolean covers(LocalDateTime local) {
        return !local.isBefore(from) && local.isBefore(to);
    }

    public boolean overlaps(OneOffChange other) {
        return from.isBefore(other.to) && other.from.isBefore(to);
    }
}
