package se.larmcentral.calls;

import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.Recorded;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Plays the command loop's part in tests: decides at a controlled instant, then applies the events as recorded. */
final class Harness {

    final CallsState state = new CallsState();
    final List<Recorded> journal = new ArrayList<>();
    Instant now;
    Actor actor = Actor.person("operator-1");

    Harness(Instant start) {
        now = start;
    }

    <R> R run(Command<CallsState, R> command) {
        Decision<R> decision = command.decide(state, now);
        for (DomainEvent event : decision.events()) {
            Recorded recorded = new Recorded(journal.size() + 1L, now, actor, event);
            journal.add(recorded);
            state.apply(recorded);
        }
        return decision.result();
    }

    Harness advance(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    Harness as(String operator) {
        actor = Actor.person(operator);
        return this;
    }

    /** A state rebuilt from the journal, to check that replay gives the same state. */
    CallsState replay() {
        CallsState replayed = new CallsState();
        journal.forEach(replayed::apply);
        return replayed;
    }
}
