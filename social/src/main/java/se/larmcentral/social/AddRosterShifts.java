package se.larmcentral.social;

import java.time.Instant;
import java.util.List;

import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;

/** Adds shifts to a jour's roster. Shifts that overlap each other or a rostered shift are refused, both named. */
public record AddRosterShifts(String jourId, List<RosterShift> shifts) implements Command<SocialState, Integer> {

    @Override
    public Decision<Integer> decide(SocialState state, Instant now) {
        state.requireJour("jourId", jourId);
        if (shifts == null || shifts.isEmpty()) {
            throw new InvalidInputException("shifts", "give at least one shift");
        }
        Roster.requireNoOverlap(state.roster(jourId).shifts(), shifts);
        return Decision.of(shifts.size(), new RosterShiftsAdded(jourId, shifts));
    }
}
