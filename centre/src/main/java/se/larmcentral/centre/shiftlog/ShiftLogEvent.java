package se.larmcentral.centre.shiftlog;

import se.larmcentral.core.DomainEvent;

/** Events of the centre's shift log. */
public sealed interface ShiftLogEvent extends DomainEvent {

    /** An operator or supervisor wrote a note into the shift log. */
    public record EntryWritten(String text) implements ShiftLogEvent {
    }
}
