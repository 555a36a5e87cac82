package se.larmcentral.social;

import java.time.Instant;
import java.util.List;

import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;

/**
 * Replaces the shifts of a jour's roster that start in [from, to) with new ones, which must start in that
 * period and overlap neither each other nor the shifts kept (all named). Answers the number of new shifts.
 */
public record ReplaceRoster(String jourId, Instant from, Instant to, List<RosterShift> shifts) implements Command<SocialState, Integer> {

    @Override
    public Decision<Integer> decide(SocialState state, Instant now) {
        state.requireJour("jourId", jourId);
        if (from == null || to == null || !to.isAfter(from)) {
            throw new InvalidInputException("to", "the replaced period must end after it starts (" + from + " to " + to + ")");
        }
        List<RosterShift> added = shifts == null ? List.of() : shifts;
        for (int i = 0; i < added.size(); i++) {
            Instant start = added.get(i).start();
            if (start.isBefore(from) || !start.isBefore(to)) {
                throw new InvalidInputException("shifts[" + i + "]", "shift " + added.get(i).describe()
                        + " starts outside the replaced period " + from + " to " + to);
            }
        }
        List<RosterShift> kept = state.roster(jourId).replacing(from, to, List.of()).shifts();
        Roster.requireNoOverlap(kept, added);
        return Decision.of(added.size(), new RosterReplaced(jourId, from, to, added));
    }
}
