package se.larmcentral.journal;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.Projection;
import se.larmcentral.core.Recorded;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** State for the journal's tests: the events in order and the ids of the commands seen. */
final class TestState implements Projection {

    final List<Recorded> events = new ArrayList<>();
    final Set<String> commandIds = new LinkedHashSet<>();

    @Override
    public void apply(Recorded recorded) {
        events.add(recorded);
        if (recorded.event() instanceof TestEvent.Part part) {
            commandIds.add(part.commandId());
        }
    }

    /** Records {@code parts} events for a new command id; refuses an id already used. */
    static Command<TestState, Long> write(String commandId, int parts) {
        return (state, now) -> {
            if (state.commandIds.contains(commandId)) {
                throw new ConflictException("commandId", "command " + commandId + " was already recorded");
            }
            List<DomainEvent> events = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
                events.add(new TestEvent.Part(commandId, i, parts));
            }
            return Decision.of((long) state.events.size() + parts, events);
        };
    }
}
