package se.larmcentral.triage;

import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.Recorded;
import se.larmcentral.triage.file.YamlDocuments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A stand-in for the command loop: decides, applies the events to the state in order and keeps them. */
final class Journal {

    final TriageState state = new TriageState(() -> Shipped.CONFIG, YamlDocuments.shared());
    final List<Recorded> recorded = new ArrayList<>();
    Instant now = Instant.parse("2025-03-01T10:00:00Z");

    <R> R submit(Command<TriageState, R> command) {
        return submit(command, Actor.person("operator-1"));
    }

    <R> R submit(Command<TriageState, R> command, Actor actor) {
        Decision<R> decision = command.decide(state, now);
        for (DomainEvent event : decision.events()) {
            Recorded r = new Recorded(recorded.size() + 1L, now, actor, event);
            recorded.add(r);
            state.apply(r);
        }
        now = now.plusSeconds(5);
        return decision.result();
    }

    List<DomainEvent> events() {
        return recorded.stream().map(Recorded::event).toList();
    }

    <E extends DomainEvent> List<E> events(Class<E> type) {
        return events().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
