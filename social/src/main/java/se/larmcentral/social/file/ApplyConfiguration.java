package se.larmcentral.social.file;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.Recorded;
import se.larmcentral.social.SocialState;

/**
 * A configuration file's commands as one command, so that the journal records all of it or none of it. Each part
 * is decided in order on a scratch copy of the state, with the events of the parts before it applied; the first
 * refusal refuses the whole, naming the part's place in the file. Answers the places applied, in order.
 */
public record ApplyConfiguration(List<PlacedCommand> parts) implements Command<SocialState, List<String>> {

    public ApplyConfiguration {
        parts = List.copyOf(parts);
    }

    @Override
    public Decision<List<String>> decide(SocialState state, Instant now) {
        SocialState scratch = state.copy();
        List<DomainEvent> events = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (PlacedCommand part : parts) {
            Decision<?> decision;
            try {
                decision = part.command().decide(scratch, now);
            } catch (DomainException e) {
                throw SocialConfigurationReader.at(part.place(), e);
            }
            for (DomainEvent event : decision.events()) {
                events.add(event);
                scratch.apply(new Recorded(events.size(), now, Actor.SYSTEM, event));
            }
            places.add(part.place());
        }
        return Decision.of(List.copyOf(places), events);
    }
}
