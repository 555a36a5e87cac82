package se.larmcentral.social;

import java.util.List;

/** Shifts were added to a jour's roster. */
public record RosterShiftsAdded(String jourId, List<RosterShift> shifts) implements SocialEvent {

    public RosterShiftsAdded {
        shifts = List.copyOf(shifts);
    }
}
