package se.larmcentral.social;

import java.time.Instant;
import java.util.List;

/** The shifts of a jour's roster starting in [from, to) were replaced by these. */
public record RosterReplaced(String jourId, Instant from, Instant to, List<RosterShift> shifts) implements SocialEvent {

    public RosterReplaced {
        shifts = List.copyOf(shifts);
    }
}
