package se.larmcentral.dispatch.moveup;

import se.larmcentral.geo.TravelTimes;

import java.util.List;

/** No move-up: free units go back to their own station and wait there (closest-idle dispatch only). */
public record NoMoveUp() implements MoveUpPolicy {

    @Override
    public String name() {
        return "none";
    }

    @Override
    public List<MoveProposal> propose(MoveUpSituation situation, TravelTimes travelTimes) {
        return List.of();
    }
}
